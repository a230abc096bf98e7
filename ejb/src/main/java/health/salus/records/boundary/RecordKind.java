package health.salus.records.boundary;

import health.salus.consent.entity.ConsentCategory;
import health.salus.records.entity.Allergy;
import health.salus.records.entity.Condition;
import health.salus.records.entity.Immunisation;
import health.salus.records.entity.Observation;
import health.salus.records.entity.RecordEntry;

/**
 * The kinds of record entries a clinician enters and corrects: their entity, the category of the
 * record a reader needs to see them, and the names the audit trail gives their actions ({@code
 * CONDITION_ADD}, {@code OBSERVATION_CORRECT}, {@code ALLERGY_HISTORY_READ}...).
 */
enum RecordKind {
  CONDITION(Condition.class, ConsentCategory.CONDITIONS),
  ALLERGY(Allergy.class, ConsentCategory.CONDITIONS),
  OBSERVATION(Observation.class, ConsentCategory.RESULTS),
  IMMUNISATION(Immunisation.class, ConsentCategory.CONDITIONS);

  private final Class<? extends RecordEntry> type;
  private final ConsentCategory category;

  RecordKind(Class<? extends RecordEntry> type, ConsentCategory category) {
    this.type = type;
    this.category = category;
  }

  Class<? extends RecordEntry> type() {
    return type;
  }

  ConsentCategory category() {
    return category;
  }

  /** The object type the audit trail names: the entity's name. */
  String objectType() {
    return type.getSimpleName();
  }

  /** The audit action of doing this to an entry of this kind, such as {@code CONDITION_ADD}. */
  String action(String verb) {
    return name() + "_" + verb;
  }
}
