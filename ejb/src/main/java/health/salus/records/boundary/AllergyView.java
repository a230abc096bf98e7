package health.salus.records.boundary;

import health.salus.records.entity.Allergy;
import health.salus.records.entity.AllergySeverity;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of an allergy as the record shows it; the version fields as in {@link ConditionView}.
 */
public record AllergyView(
    long id,
    long patientId,
    String substance,
    String reaction,
    AllergySeverity severity,
    LocalDate recordedOn,
    long lineId,
    Long supersedesId,
    boolean current,
    String enteredBy,
    Instant enteredAt,
    String correctionReason)
    implements Serializable {

  static AllergyView of(Allergy a) {
    return new AllergyView(
        a.getId(),
        a.getPatient().getId(),
        a.getSubstance(),
        a.getReaction(),
        a.getSeverity(),
        a.getRecordedOn(),
        a.getLineId(),
        a.getSupersedesId(),
        a.isCurrent(),
        a.getEnteredBy().getAccount().getFullName(),
        a.getEnteredAt(),
        a.getCorrectionReason());
  }
}
