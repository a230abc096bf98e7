package health.salus.monitoring.entity;

import health.salus.identity.entity.Patient;
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
 * Whether a patient's values of one type are in range or out of it. The care team is alerted once
 * per excursion: {@link #observe} says "alert" only on the step from in range to out of range; more
 * values out of range say nothing, and a value back in range ends the excursion, so that the next
 * one out of range alerts again.
 */
@Entity
@Table(name = "reading_excursion")
public class Excursion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReadingType type;

  @Column(name = "out_of_range", nullable = false)
  private boolean outOfRange;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Version private long version;

  protected Excursion() {}

  /** A patient's type, in range until a value says otherwise. */
  public Excursion(Patient patient, ReadingType type, Instant at) {
    this.patient = patient;
    this.type = type;
    this.outOfRange = false;
    this.changedAt = at;
  }

  /**
   * Takes in whether the newest value is in range; true when it begins an excursion (the care team
   * is to be alerted).
   */
  public boolean observe(boolean inRange, Instant at) {
    boolean begins = !inRange && !outOfRange;
    if (outOfRange == inRange) {
      outOfRange = !inRange;
      changedAt = at;
    }
    return begins;
  }

  public boolean isOutOfRange() {
    return outOfRange;
  }

  public Patient getPatient() {
    return patient;
  }

  public ReadingType getType() {
    return type;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
