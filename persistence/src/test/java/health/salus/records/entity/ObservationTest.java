package health.salus.records.entity;

import static health.salus.records.entity.RecordEntriesFixture.GP;
import static health.salus.records.entity.RecordEntriesFixture.NOW;
import static health.salus.records.entity.RecordEntriesFixture.PATIENT;
import static health.salus.records.entity.RecordEntriesFixture.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A result's flag from its range, its guards, and when the patient may see it. */
class ObservationTest {

  private static BigDecimal n(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static Observation result(String value, String low, String high) {
    return result(value, low, high, NOW.minus(Duration.ofDays(1)), null);
  }

  private static Observation result(
      String value, String low, String high, Instant taken, Instant releaseAt) {
    return new Observation(
        PATIENT,
        "HbA1c",
        "LOINC 4548-4",
        n(value),
        "%",
        n(low),
        n(high),
        taken,
        releaseAt,
        GP,
        NOW);
  }

  @Test
  void theFlagSaysWhereTheValueLiesAgainstTheRangeBoundsIncluded() {
    assertThat(result("3.9", "4.0", "6.0").getFlag()).isEqualTo(ObservationFlag.LOW);
    assertThat(result("4.0", "4.0", "6.0").getFlag()).isEqualTo(ObservationFlag.NORMAL);
    assertThat(result("6.0", "4.0", "6.0").getFlag()).isEqualTo(ObservationFlag.NORMAL);
    assertThat(result("6.01", "4.0", "6.0").getFlag()).isEqualTo(ObservationFlag.HIGH);
  }

  @Test
  void aRangeOpenOnOneSideFlagsOnThatSideOnlyAndNoRangeNoFlag() {
    assertThat(result("5.9", null, "5.5").getFlag()).isEqualTo(ObservationFlag.HIGH);
    assertThat(result("0.1", null, "5.5").getFlag()).isEqualTo(ObservationFlag.NORMAL);
    assertThat(result("58", "60", null).getFlag()).isEqualTo(ObservationFlag.LOW);
    assertThat(result("600", "60", null).getFlag()).isEqualTo(ObservationFlag.NORMAL);
    assertThat(result("7.1", null, null).getFlag()).isNull();
  }

  @Test
  void badResultsAreRefusedNamingTheField() {
    assertThat(refusalOf(() -> result("7", "6", "4")))
        .isEqualTo("INVALID records.observation.range rangeLow");
    assertThat(refusalOf(() -> result(null, null, null)))
        .isEqualTo("INVALID records.required value");
    assertThat(refusalOf(() -> result("1E10", null, null)))
        .isEqualTo("INVALID records.observation.valueRange value");
    assertThat(refusalOf(() -> result("7", null, null, NOW.plus(Duration.ofHours(1)), null)))
        .isEqualTo("INVALID records.observation.effectiveInFuture effectiveAt");
    assertThat(refusalOf(() -> result("7", null, null, null, null)))
        .isEqualTo("INVALID records.required effectiveAt");
    assertThat(
            refusalOf(
                () ->
                    new Observation(
                        PATIENT, " ", null, n("1"), "%", null, null, NOW, null, GP, NOW)))
        .isEqualTo("INVALID records.required name");
    assertThat(
            refusalOf(
                () ->
                    new Observation(
                        PATIENT,
                        "HbA1c",
                        null,
                        n("1"),
                        "x".repeat(41),
                        null,
                        null,
                        NOW,
                        null,
                        GP,
                        NOW)))
        .isEqualTo("INVALID records.tooLong unit");
  }

  @Test
  void aResultWithAReleaseMomentIsReleasedFromThatMomentOn() {
    Instant release = NOW.plus(Duration.ofDays(5));
    Observation sensitive = result("3.8", null, "2.5", NOW, release);

    assertThat(sensitive.releasedAt(NOW)).isFalse();
    assertThat(sensitive.releasedAt(release.minusSeconds(1))).isFalse();
    assertThat(sensitive.releasedAt(release)).isTrue();
    assertThat(result("7", null, null).releasedAt(NOW)).isTrue();
  }
}
