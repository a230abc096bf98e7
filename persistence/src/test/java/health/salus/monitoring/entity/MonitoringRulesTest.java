package health.salus.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Units per type, plausible values, WHO-5 scoring, thresholds and the excursion state machine. */
class MonitoringRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private final UserAccount doctor = account("dr.test", Role.CLINICIAN);
  private final Patient patient =
      new Patient(account("pat", Role.PATIENT), "Pat Test", LocalDate.of(1960, 1, 2), NOW);

  private static UserAccount account(String username, Role role) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(role),
        NOW);
  }

  private static Refusal.Kind refusal(Runnable call) {
    try {
      call.run();
    } catch (Refusal refused) {
      return refused.kind();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void glucoseInMgPerDlIsConvertedWithTheFactor18016() {
    assertThat(ReadingType.BLOOD_GLUCOSE.normalise(180.16, "mg/dL")).isEqualTo(10.0);
    assertThat(ReadingType.BLOOD_GLUCOSE.normalise(99, "mg/dL")).isEqualTo(5.5);
    // 44.43 with 18.016; a factor of 18 would give 44.47, kept as 44.5.
    assertThat(ReadingType.BLOOD_GLUCOSE.normalise(800.5, "mg/dL")).isEqualTo(44.4);
    assertThat(ReadingType.BLOOD_GLUCOSE.normalise(5.46, "mmol/L")).isEqualTo(5.5);
  }

  @Test
  void aUnitThatDoesNotFitTheTypeIsARuleRefusal() {
    assertThat(refusal(() -> ReadingType.WEIGHT.normalise(70, "lb"))).isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> ReadingType.BLOOD_PRESSURE_SYSTOLIC.normalise(120, "mmol/L")))
        .isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> ReadingType.HEART_RATE.normalise(70, null)))
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(refusal(() -> ReadingType.HEART_RATE.normalise(70, " ")))
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(ReadingType.HEART_RATE.normalise(70, "/min")).isEqualTo(70);
    assertThat(ReadingType.STEPS.units()).containsExactly("steps");
  }

  @Test
  void implausibleValuesAreBadInput() {
    assertThat(refusal(() -> ReadingType.BLOOD_PRESSURE_SYSTOLIC.normalise(39, "mmHg")))
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(refusal(() -> ReadingType.BLOOD_PRESSURE_SYSTOLIC.normalise(301, "mmHg")))
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(refusal(() -> ReadingType.STEPS.normalise(10.5, "steps")))
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(refusal(() -> ReadingType.WEIGHT.normalise(Double.NaN, "kg")))
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(ReadingType.BLOOD_PRESSURE_SYSTOLIC.normalise(300, "mmHg")).isEqualTo(300);
    assertThat(ReadingType.BLOOD_PRESSURE_SYSTOLIC.normalise(40, "mmHg")).isEqualTo(40);
  }

  @Test
  void aReadingIsNeitherInTheFutureNorOlderThanAYear() {
    assertThat(
            new Reading(patient, ReadingType.WEIGHT, 80.04, "kg", NOW.plusSeconds(60), NOW)
                .getValue())
        .isEqualTo(80.0);
    assertThatThrownBy(
            () -> new Reading(patient, ReadingType.WEIGHT, 80, "kg", NOW.plusSeconds(3600), NOW))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("takenAtFuture");
    assertThatThrownBy(
            () ->
                new Reading(
                    patient, ReadingType.WEIGHT, 80, "kg", NOW.minus(Duration.ofDays(400)), NOW))
        .hasMessageContaining("takenAtTooOld");
    assertThatThrownBy(
            () -> new Reading(patient, ReadingType.WELLBEING, 80, "%", NOW.minusSeconds(5), NOW))
        .hasMessageContaining("typeUnknown");
  }

  @Test
  void who5IsScoredAsPublished() {
    assertThat(WellbeingCheckIn.rawScore(List.of(5, 5, 5, 5, 5))).isEqualTo(25);
    assertThat(WellbeingCheckIn.percent(25)).isEqualTo(100);
    assertThat(WellbeingCheckIn.rawScore(List.of(0, 0, 0, 0, 0))).isZero();
    WellbeingCheckIn low = new WellbeingCheckIn(patient, List.of(3, 2, 3, 2, 2), NOW);
    assertThat(low.getRawScore()).isEqualTo(12);
    assertThat(low.getPercent()).isEqualTo(48);
    assertThat(low.isLow()).isTrue();
    // 50 % cannot be scored (raw 12.5): 48 % is the highest low score, 52 % the lowest other.
    WellbeingCheckIn justAbove = new WellbeingCheckIn(patient, List.of(3, 3, 3, 2, 2), NOW);
    assertThat(justAbove.getPercent()).isEqualTo(52);
    assertThat(justAbove.isLow()).isFalse();
    assertThat(low.nextAllowedAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
  }

  @Test
  void who5AnswersAreFiveNumbersFrom0To5() {
    for (List<Integer> bad :
        List.of(
            List.of(1, 2, 3, 4),
            List.of(1, 2, 3, 4, 5, 0),
            List.of(1, 2, 3, 4, 6),
            List.of(-1, 2, 3, 4, 5),
            Arrays.asList(1, null, 3, 4, 5))) {
      assertThat(refusal(() -> WellbeingCheckIn.rawScore(bad)))
          .as(bad.toString())
          .isEqualTo(Refusal.Kind.INVALID);
    }
    assertThat(refusal(() -> WellbeingCheckIn.rawScore(null))).isEqualTo(Refusal.Kind.INVALID);
  }

  @Test
  void aThresholdHasABoundLowBelowHighAndPlausibleValues() {
    Threshold both = new Threshold(patient, ReadingType.BLOOD_GLUCOSE, 4.0, 10.0, doctor, NOW);
    assertThat(both.inRange(4.0)).isTrue();
    assertThat(both.inRange(10.0)).isTrue();
    assertThat(both.inRange(3.9)).isFalse();
    assertThat(both.inRange(10.1)).isFalse();
    Threshold highOnly =
        new Threshold(patient, ReadingType.BLOOD_PRESSURE_SYSTOLIC, null, 140.0, doctor, NOW);
    assertThat(highOnly.inRange(41)).isTrue();
    assertThat(highOnly.inRange(141)).isFalse();

    assertThat(refusal(() -> both.change(10.0, 10.0, doctor, NOW))).isEqualTo(Refusal.Kind.INVALID);
    assertThat(refusal(() -> both.change(null, null, doctor, NOW))).isEqualTo(Refusal.Kind.INVALID);
    assertThat(refusal(() -> both.change(0.1, 10.0, doctor, NOW))).isEqualTo(Refusal.Kind.INVALID);
    assertThat(
            refusal(() -> new Threshold(patient, ReadingType.WELLBEING, 50.0, null, doctor, NOW)))
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(both.getLow()).isEqualTo(4.0);
  }

  @Test
  void anExcursionAlertsOnceUntilAValueIsBackInRange() {
    Excursion excursion = new Excursion(patient, ReadingType.HEART_RATE, NOW);

    assertThat(excursion.observe(true, NOW)).isFalse();
    assertThat(excursion.observe(false, NOW)).as("begins").isTrue();
    assertThat(excursion.isOutOfRange()).isTrue();
    assertThat(excursion.observe(false, NOW)).as("goes on").isFalse();
    assertThat(excursion.observe(false, NOW)).as("goes on").isFalse();
    assertThat(excursion.observe(true, NOW)).as("ends").isFalse();
    assertThat(excursion.isOutOfRange()).isFalse();
    assertThat(excursion.observe(true, NOW)).isFalse();
    assertThat(excursion.observe(false, NOW)).as("a new one").isTrue();
  }

  @Test
  void anAlertIsAcknowledgedOnce() {
    ReadingAlert alert =
        new ReadingAlert(patient, ReadingType.HEART_RATE, 150, 50.0, 120.0, NOW, NOW);
    assertThat(alert.isOpen()).isTrue();
    alert.acknowledge(doctor, NOW);
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    assertThat(alert.getAcknowledgedBy()).isSameAs(doctor);
    assertThat(refusal(() -> alert.acknowledge(doctor, NOW))).isEqualTo(Refusal.Kind.CONFLICT);
  }
}
