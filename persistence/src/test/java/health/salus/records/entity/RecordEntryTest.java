package health.salus.records.entity;

import static health.salus.records.entity.RecordEntriesFixture.GP;
import static health.salus.records.entity.RecordEntriesFixture.NOW;
import static health.salus.records.entity.RecordEntriesFixture.OTHER;
import static health.salus.records.entity.RecordEntriesFixture.PATIENT;
import static health.salus.records.entity.RecordEntriesFixture.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.identity.entity.Patient;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Corrections supersede, never overwrite; each kind of entry guards its fields. */
class RecordEntryTest {

  private static Condition condition(Patient patient, String name) {
    return new Condition(
        patient,
        name,
        null,
        LocalDate.of(2021, 2, 1),
        ConditionStatus.ACTIVE,
        null,
        GP,
        NOW.plus(Duration.ofMinutes(1)));
  }

  @Test
  void aCorrectionSupersedesTheVersionAndKeepsIt() {
    Condition hip = condition(PATIENT, "Osteoarthritis of hip");
    Condition knee = condition(PATIENT, "Osteoarthritis of knee");

    hip.correct(knee, "  Wrong joint  ");

    assertThat(hip.isCurrent()).isFalse();
    assertThat(hip.getName()).isEqualTo("Osteoarthritis of hip");
    assertThat(hip.getSupersededAt()).isEqualTo(knee.getEnteredAt());
    assertThat(knee.isCurrent()).isTrue();
    assertThat(knee.getCorrectionReason()).isEqualTo("Wrong joint");
  }

  @Test
  void aSupersededVersionIsNotCorrectedAgainButTheNewOneIs() {
    Condition first = condition(PATIENT, "Asthma");
    Condition second = condition(PATIENT, "Asthma, mild");
    first.correct(second, "More precise");

    assertThat(refusalOf(() -> first.correct(condition(PATIENT, "Asthma, severe"), "Stale")))
        .isEqualTo("CONFLICT records.superseded null");
    Condition third = condition(PATIENT, "Asthma, moderate");
    second.correct(third, "Reviewed");
    assertThat(second.isCurrent()).isFalse();
    assertThat(third.isCurrent()).isTrue();
  }

  @Test
  void aCorrectionNeedsAReasonAndChangesNothingWithoutOne() {
    Condition first = condition(PATIENT, "Asthma");

    assertThat(refusalOf(() -> first.correct(condition(PATIENT, "Asthma, mild"), " ")))
        .isEqualTo("INVALID records.reasonRequired reason");
    assertThat(refusalOf(() -> first.correct(condition(PATIENT, "Asthma"), "x".repeat(501))))
        .isEqualTo("INVALID records.tooLong reason");
    assertThat(first.isCurrent()).isTrue();
  }

  @Test
  void onlyANewVersionOfTheSamePatientsEntryOfTheSameKindCorrectsIt() {
    Condition first = condition(PATIENT, "Asthma");
    Allergy allergy = new Allergy(PATIENT, "Peanuts", null, AllergySeverity.SEVERE, null, GP, NOW);

    assertThatThrownBy(() -> first.correct(condition(OTHER, "Asthma"), "Other patient"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> first.correct(allergy, "Another kind"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> first.correct(first, "Itself"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(first.isCurrent()).isTrue();
  }

  @Test
  void eachKindGuardsItsFields() {
    assertThat(refusalOf(() -> new Condition(PATIENT, "Asthma", null, null, null, null, GP, NOW)))
        .isEqualTo("INVALID records.condition.status status");
    assertThat(
            refusalOf(
                () ->
                    new Condition(
                        PATIENT,
                        "Asthma",
                        null,
                        LocalDate.of(2026, 3, 3),
                        ConditionStatus.ACTIVE,
                        null,
                        GP,
                        NOW)))
        .isEqualTo("INVALID records.dateInFuture onset");
    assertThat(refusalOf(() -> new Allergy(PATIENT, "", null, AllergySeverity.MILD, null, GP, NOW)))
        .isEqualTo("INVALID records.required substance");
    assertThat(refusalOf(() -> new Allergy(PATIENT, "Latex", null, null, null, GP, NOW)))
        .isEqualTo("INVALID records.allergy.severity severity");
    assertThat(
            new Allergy(PATIENT, "Latex", null, AllergySeverity.MILD, null, GP, NOW)
                .getRecordedOn())
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(
            refusalOf(
                () ->
                    new Immunisation(
                        PATIENT, "Influenza", LocalDate.of(2026, 1, 5), 0, null, GP, NOW)))
        .isEqualTo("INVALID records.immunisation.dose doseNumber");
    assertThat(refusalOf(() -> new Immunisation(PATIENT, "Influenza", null, 1, null, GP, NOW)))
        .isEqualTo("INVALID records.required givenOn");
  }
}
