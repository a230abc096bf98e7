package health.salus.monitoring.entity;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The range a clinician set for one of a patient's reading types: a value below {@code low} or
 * above {@code high} is beyond it. Either bound may be absent, not both; low is below high; each
 * bound is a plausible value of the type. WELLBEING has no threshold of its own (fixed at 50 %).
 */
@Entity
@Table(name = "reading_threshold")
public class Threshold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReadingType type;

  @Column(name = "low_value")
  private Double low;

  @Column(name = "high_value")
  private Double high;

  @ManyToOne(optional = false)
  @JoinColumn(name = "set_by")
  private UserAccount setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  @Version private long version;

  protected Threshold() {}

  public Threshold(
      Patient patient, ReadingType type, Double low, Double high, UserAccount by, Instant at) {
    if (type == null || !type.isEntered()) {
      throw Refusal.invalid("type", "monitoring.thresholdTypeUnknown");
    }
    this.patient = patient;
    this.type = type;
    change(low, high, by, at);
  }

  /** Sets new bounds, with the rules of the class. */
  public void change(Double newLow, Double newHigh, UserAccount by, Instant at) {
    if (newLow == null && newHigh == null) {
      throw Refusal.invalid("low", "monitoring.thresholdEmpty");
    }
    requirePlausible("low", newLow);
    requirePlausible("high", newHigh);
    if (newLow != null && newHigh != null && newLow >= newHigh) {
      throw Refusal.invalid("low", "monitoring.thresholdLowNotBelowHigh");
    }
    this.low = newLow;
    this.high = newHigh;
    this.setBy = by;
    this.setAt = at;
  }

  private void requirePlausible(String field, Double bound) {
    if (bound != null && !type.plausible(bound)) {
      throw Refusal.invalid(
          field, "monitoring.valueImplausible", type.name(), type.min(), type.max(), type.unit());
    }
  }

  /** Whether a value (in the type's unit) lies within the range, bounds included. */
  public boolean inRange(double value) {
    return (low == null || value >= low) && (high == null || value <= high);
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public ReadingType getType() {
    return type;
  }

  public Double getLow() {
    return low;
  }

  public Double getHigh() {
    return high;
  }

  public UserAccount getSetBy() {
    return setBy;
  }

  public Instant getSetAt() {
    return setAt;
  }

  public long getVersion() {
    return version;
  }
}
