package health.salus.records.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * A result (an observation): a test's name, optionally its code (LOINC as text), the measured value
 * in its unit, the reference range where the test has one, and when it was taken. Its {@link
 * ObservationFlag flag} is derived here from the value and the range (none without a range). A
 * sensitive result may carry a release moment: the patient, and those the patient shares results
 * with, see it only from then on; the care team always. Corrected, never edited ({@link
 * RecordEntry}).
 */
@Entity
@Table(name = "observation")
public class Observation extends RecordEntry {

  /** Values are kept to 4 decimal places, below 10^10. */
  static final int SCALE = 4;

  static final BigDecimal LIMIT = BigDecimal.TEN.pow(10);

  /** How far ahead of the clock a result may say it was taken (the lab's clock may run fast). */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Column(nullable = false)
  private String name;

  private String code;

  @Column(name = "obs_value", nullable = false)
  private BigDecimal value;

  @Column(nullable = false)
  private String unit;

  @Column(name = "range_low")
  private BigDecimal rangeLow;

  @Column(name = "range_high")
  private BigDecimal rangeHigh;

  @Enumerated(EnumType.STRING)
  private ObservationFlag flag;

  @Column(name = "effective_at", nullable = false)
  private Instant effectiveAt;

  @Column(name = "release_at")
  private Instant releaseAt;

  protected Observation() {}

  /**
   * A result as the clinician (or the lab) enters it. Refused (400) without a name, a value, a unit
   * or the moment it was taken, with a moment still to come, a value or range bound of 10^10 or
   * more, a range whose low bound is above its high bound, or a text too long (name 200, code and
   * unit 40 characters). A range may be open on one side (only an upper limit, as for cholesterol).
   */
  public Observation(
      Patient patient,
      String name,
      String code,
      BigDecimal value,
      String unit,
      BigDecimal rangeLow,
      BigDecimal rangeHigh,
      Instant effectiveAt,
      Instant releaseAt,
      Practitioner enteredBy,
      Instant enteredAt) {
    super(patient, enteredBy, enteredAt);
    this.name = required(name, "name", 200);
    this.code = optional(code, "code", 40);
    if (value == null) {
      throw Refusal.invalid("value", "records.required");
    }
    this.value = number(value, "value");
    this.unit = required(unit, "unit", 40);
    this.rangeLow = rangeLow == null ? null : number(rangeLow, "rangeLow");
    this.rangeHigh = rangeHigh == null ? null : number(rangeHigh, "rangeHigh");
    if (this.rangeLow != null
        && this.rangeHigh != null
        && this.rangeLow.compareTo(this.rangeHigh) > 0) {
      throw Refusal.invalid("rangeLow", "records.observation.range");
    }
    if (effectiveAt == null) {
      throw Refusal.invalid("effectiveAt", "records.required");
    }
    if (effectiveAt.isAfter(enteredAt.plus(CLOCK_SKEW))) {
      throw Refusal.invalid("effectiveAt", "records.observation.effectiveInFuture");
    }
    this.effectiveAt = effectiveAt;
    this.releaseAt = releaseAt;
    this.flag = flagOf(this.value, this.rangeLow, this.rangeHigh);
  }

  private static BigDecimal number(BigDecimal number, String field) {
    BigDecimal scaled = number.setScale(SCALE, RoundingMode.HALF_UP);
    if (scaled.abs().compareTo(LIMIT) >= 0) {
      throw Refusal.invalid(field, "records.observation.valueRange");
    }
    return scaled;
  }

  /**
   * LOW below the range's low bound, HIGH above its high bound, NORMAL within (bounds included);
   * null when there is no range at all.
   */
  static ObservationFlag flagOf(BigDecimal value, BigDecimal low, BigDecimal high) {
    if (low == null && high == null) {
      return null;
    }
    if (low != null && value.compareTo(low) < 0) {
      return ObservationFlag.LOW;
    }
    if (high != null && value.compareTo(high) > 0) {
      return ObservationFlag.HIGH;
    }
    return ObservationFlag.NORMAL;
  }

  /**
   * Whether the patient (and those the patient shares results with) may see it at this moment: it
   * has no release moment, or that moment has come.
   */
  public boolean releasedAt(Instant now) {
    return releaseAt == null || !releaseAt.isAfter(now);
  }

  public String getName() {
    return name;
  }

  public String getCode() {
    return code;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getRangeLow() {
    return rangeLow;
  }

  public BigDecimal getRangeHigh() {
    return rangeHigh;
  }

  public ObservationFlag getFlag() {
    return flag;
  }

  public Instant getEffectiveAt() {
    return effectiveAt;
  }

  public Instant getReleaseAt() {
    return releaseAt;
  }
}
