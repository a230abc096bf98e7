package health.salus.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A patient's wish to be told when an earlier slot with a practitioner frees up. There is one row
 * per patient and practitioner (a unique constraint); joining again reactivates it, so at most one
 * entry waits. A freed slot is not reserved: the patient is told once and books like anyone else.
 */
@Entity
@Table(name = "waitlist_entry")
@NamedQuery(
    name = WaitlistEntry.WAITING_FOR,
    query =
        "SELECT w FROM WaitlistEntry w WHERE w.practitionerId = :practitionerId"
            + " AND w.status = :waiting"
            + " AND w.patientId <> :patientId"
            + " AND (w.before IS NULL OR w.before > :start)"
            + " AND (w.mode IS NULL OR w.mode = :mode)"
            + " ORDER BY w.createdAt, w.id")
@NamedQuery(
    name = WaitlistEntry.OF_PATIENT_AND_PRACTITIONER,
    query =
        "SELECT w FROM WaitlistEntry w WHERE w.patientId = :patientId"
            + " AND w.practitionerId = :practitionerId")
public class WaitlistEntry {

  /** Waiting entries of a practitioner that a freed slot fits, oldest first. */
  public static final String WAITING_FOR = "WaitlistEntry.waitingFor";

  public static final String OF_PATIENT_AND_PRACTITIONER = "WaitlistEntry.ofPatientAndPractitioner";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id", nullable = false)
  private long patientId;

  @Column(name = "practitioner_id", nullable = false)
  private long practitionerId;

  @Enumerated(EnumType.STRING)
  private AppointmentMode mode;

  @Column(name = "before_at")
  private Instant before;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WaitlistStatus status;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  @Column(name = "notified_slot_id")
  private Long notifiedSlotId;

  @Version private long version;

  protected WaitlistEntry() {}

  public WaitlistEntry(
      long patientId, long practitionerId, AppointmentMode mode, Instant before, Instant now) {
    this.patientId = patientId;
    this.practitionerId = practitionerId;
    join(mode, before, now);
  }

  /** Waits (again) from now on, with the new wishes; the place in the queue starts anew. */
  public void join(AppointmentMode mode, Instant before, Instant now) {
    this.mode = mode;
    this.before = before;
    this.createdAt = now;
    this.status = WaitlistStatus.WAITING;
    this.notifiedAt = null;
    this.notifiedSlotId = null;
  }

  public boolean isWaiting() {
    return status == WaitlistStatus.WAITING;
  }

  /**
   * Whether a slot freed up at {@code start} in {@code slotMode} is one this entry waits for: it is
   * still waiting, the slot lies ahead, starts before the wished "before" (if any) and has the
   * wished mode (if any).
   */
  public boolean fits(Instant start, AppointmentMode slotMode, Instant now) {
    return isWaiting()
        && start.isAfter(now)
        && (before == null || start.isBefore(before))
        && (mode == null || mode == slotMode);
  }

  /** The patient has been told of the slot; they may join again. */
  public void notified(long slotId, Instant now) {
    this.status = WaitlistStatus.NOTIFIED;
    this.notifiedAt = now;
    this.notifiedSlotId = slotId;
  }

  public void leave() {
    this.status = WaitlistStatus.CANCELLED;
  }

  public Long getId() {
    return id;
  }

  public long getPatientId() {
    return patientId;
  }

  public long getPractitionerId() {
    return practitionerId;
  }

  public AppointmentMode getMode() {
    return mode;
  }

  public Instant getBefore() {
    return before;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public WaitlistStatus getStatus() {
    return status;
  }

  public Instant getNotifiedAt() {
    return notifiedAt;
  }

  public Long getNotifiedSlotId() {
    return notifiedSlotId;
  }
}
