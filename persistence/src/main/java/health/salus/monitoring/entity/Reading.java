package health.salus.monitoring.entity;

import health.salus.identity.entity.Patient;
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
import java.time.Duration;
import java.time.Instant;

/**
 * One value a patient measured (a blood pressure, a glucose, a weight...), kept in its type's unit
 * with what was entered beside it. A reading is never changed. It is refused when its unit does not
 * fit its type, its value is not plausible, or its time lies in the future (beyond a few minutes of
 * clock skew) or more than a year back.
 */
@Entity
@Table(name = "reading")
public class Reading {

  /**
   * How far ahead of the server's clock a reading's time may lie (a phone's clock running fast).
   */
  public static final Duration SKEW = Duration.ofMinutes(5);

  /** How far back a reading may be entered. */
  public static final Duration OLDEST = Duration.ofDays(366);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReadingType type;

  @Column(name = "reading_value", nullable = false)
  private double value;

  @Column(name = "entered_value", nullable = false)
  private double enteredValue;

  @Column(name = "entered_unit", nullable = false)
  private String enteredUnit;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Reading() {}

  public Reading(
      Patient patient,
      ReadingType type,
      double enteredValue,
      String enteredUnit,
      Instant takenAt,
      Instant now) {
    if (type == null || !type.isEntered()) {
      throw Refusal.invalid("type", "monitoring.typeUnknown");
    }
    if (takenAt == null) {
      throw Refusal.invalid("takenAt", "monitoring.takenAtRequired");
    }
    if (takenAt.isAfter(now.plus(SKEW))) {
      throw Refusal.invalid("takenAt", "monitoring.takenAtFuture");
    }
    if (takenAt.isBefore(now.minus(OLDEST))) {
      throw Refusal.invalid("takenAt", "monitoring.takenAtTooOld");
    }
    this.value = type.normalise(enteredValue, enteredUnit);
    this.patient = patient;
    this.type = type;
    this.enteredValue = enteredValue;
    this.enteredUnit = enteredUnit.trim();
    this.takenAt = takenAt;
    this.recordedAt = now;
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

  /** The value in the type's own unit. */
  public double getValue() {
    return value;
  }

  public double getEnteredValue() {
    return enteredValue;
  }

  public String getEnteredUnit() {
    return enteredUnit;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
