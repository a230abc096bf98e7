package health.salus.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** Days (inclusive) a practitioner does not see patients: leave, a public holiday. */
@Entity
@Table(name = "availability_exception")
public class AvailabilityException {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practitioner_id", nullable = false)
  private long practitionerId;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date", nullable = false)
  private LocalDate to;

  @Column(nullable = false)
  private String reason;

  @Version private long version;

  protected AvailabilityException() {}

  public AvailabilityException(long practitionerId, LocalDate from, LocalDate to, String reason) {
    this.practitionerId = practitionerId;
    this.from = from;
    this.to = to;
    this.reason = reason;
  }

  /** Whether the practitioner is away on this day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  public Long getId() {
    return id;
  }

  public long getPractitionerId() {
    return practitionerId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public String getReason() {
    return reason;
  }
}
