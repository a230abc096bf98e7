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
 * The care team's alert that a patient's value went beyond their threshold (or that a WHO-5
 * check-in scored 50 % or less): the value, the bounds it went beyond and when. Open until a
 * clinician of the care team acknowledges it, once.
 */
@Entity
@Table(name = "reading_alert")
public class ReadingAlert {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReadingType type;

  @Column(name = "alert_value", nullable = false)
  private double value;

  @Column(name = "low_value")
  private Double low;

  @Column(name = "high_value")
  private Double high;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AlertStatus status;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @ManyToOne
  @JoinColumn(name = "acknowledged_by")
  private UserAccount acknowledgedBy;

  @Version private long version;

  protected ReadingAlert() {}

  public ReadingAlert(
      Patient patient,
      ReadingType type,
      double value,
      Double low,
      Double high,
      Instant takenAt,
      Instant raisedAt) {
    this.patient = patient;
    this.type = type;
    this.value = value;
    this.low = low;
    this.high = high;
    this.takenAt = takenAt;
    this.raisedAt = raisedAt;
    this.status = AlertStatus.OPEN;
  }

  /** A clinician acknowledges the alert; a second time is a conflict (409). */
  public void acknowledge(UserAccount by, Instant at) {
    if (status != AlertStatus.OPEN) {
      throw Refusal.conflict("monitoring.alertAcknowledged");
    }
    status = AlertStatus.ACKNOWLEDGED;
    acknowledgedBy = by;
    acknowledgedAt = at;
  }

  public boolean isOpen() {
    return status == AlertStatus.OPEN;
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

  public double getValue() {
    return value;
  }

  public Double getLow() {
    return low;
  }

  public Double getHigh() {
    return high;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public AlertStatus getStatus() {
    return status;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public UserAccount getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public long getVersion() {
    return version;
  }
}
