package health.salus.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One bookable time of one practitioner, derived from their availability. Whether it is booked is
 * kept apart in {@link SlotBooking}, so the database guarantees one booking per slot.
 */
@Entity
@Table(name = "slot")
public class Slot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practitioner_id", nullable = false)
  private long practitionerId;

  @Column(name = "site_id", nullable = false)
  private long siteId;

  @Column(name = "start_at", nullable = false)
  private Instant start;

  @Column(name = "end_at", nullable = false)
  private Instant end;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentMode mode;

  @Version private long version;

  protected Slot() {}

  public Slot(long practitionerId, long siteId, Instant start, Instant end, AppointmentMode mode) {
    this.practitionerId = practitionerId;
    this.siteId = siteId;
    this.start = start;
    this.end = end;
    this.mode = mode;
  }

  /** Follows a changed template: a free slot at the same start takes the new length, site, mode. */
  public void reshape(long siteId, Instant end, AppointmentMode mode) {
    this.siteId = siteId;
    this.end = end;
    this.mode = mode;
  }

  public Long getId() {
    return id;
  }

  public long getPractitionerId() {
    return practitionerId;
  }

  public long getSiteId() {
    return siteId;
  }

  public Instant getStart() {
    return start;
  }

  public Instant getEnd() {
    return end;
  }

  public AppointmentMode getMode() {
    return mode;
  }
}
