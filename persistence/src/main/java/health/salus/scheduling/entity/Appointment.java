package health.salus.scheduling.entity;

import health.salus.directory.entity.Practitioner;
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
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A patient's booking of a practitioner's slot, and what became of it. The appointment guards its
 * own state: each change names who made it and when; a change its state does not allow is a {@link
 * Refusal}. What it allows now it tells ({@link #isCancellable()}, {@link #isNoShowAllowed}...), so
 * that views and pages never compare statuses.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

  /** Booked or arrived: the states in which an appointment holds its slot. */
  public static final Set<AppointmentStatus> LIVE =
      Set.copyOf(EnumSet.of(AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED));

  /**
   * How long before its start a consultation may be held (and so completed): the time its video
   * room opens. Earlier, nothing can have taken place yet.
   */
  public static final Duration OPENS_BEFORE_START = Duration.ofMinutes(10);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "slot_id", nullable = false)
  private long slotId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  @Column(name = "site_id", nullable = false)
  private long siteId;

  @Column(name = "start_at", nullable = false)
  private Instant start;

  @Column(name = "end_at", nullable = false)
  private Instant end;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentMode mode;

  @Column(nullable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentStatus status;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "status_changed_by", nullable = false)
  private String statusChangedBy;

  @Column(name = "booked_by", nullable = false)
  private String bookedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The unguessable room name of a video consultation; null for other modes. */
  @Column(name = "video_room")
  private String videoRoom;

  @Version private long version;

  protected Appointment() {}

  /**
   * A new booking of {@code slot}; {@code videoRoom} is the room token, used only when the slot is
   * a video consultation.
   */
  public Appointment(
      Slot slot,
      Patient patient,
      Practitioner practitioner,
      String reason,
      String bookedBy,
      String videoRoom,
      Clock clock) {
    this.patient = patient;
    this.practitioner = practitioner;
    this.reason = reason;
    this.bookedBy = bookedBy;
    this.createdAt = clock.instant();
    this.status = AppointmentStatus.BOOKED;
    this.statusChangedAt = createdAt;
    this.statusChangedBy = bookedBy;
    takeSlot(slot, videoRoom);
  }

  /**
   * Moves a booked appointment to another slot of the same practitioner (same id); the caller frees
   * the old slot. Another practitioner's slot is refused: the appointment would still name the
   * first practitioner, who would then hold a booking in someone else's diary.
   */
  public void moveTo(Slot slot, String videoRoom, String by, Clock clock) {
    require(isMovable(), "appointment.notBooked");
    require(
        Objects.equals(practitioner.getId(), slot.getPractitionerId()),
        "appointment.otherPractitioner");
    takeSlot(slot, videoRoom);
    stamp(AppointmentStatus.BOOKED, by, clock);
  }

  public void cancel(String by, Clock clock) {
    require(isCancellable(), "appointment.notBooked");
    stamp(AppointmentStatus.CANCELLED, by, clock);
  }

  /** The patient is at the practice (in person) or on the line. */
  public void markArrived(String by, Clock clock) {
    require(isArrivable(), "appointment.notBooked");
    stamp(AppointmentStatus.ARRIVED, by, clock);
  }

  /** The patient did not come; only once the appointment has started. */
  public void markNoShow(String by, Clock clock) {
    require(status == AppointmentStatus.BOOKED, "appointment.notBooked");
    require(!clock.instant().isBefore(start), "appointment.noShowTooEarly");
    stamp(AppointmentStatus.NO_SHOW, by, clock);
  }

  /**
   * The consultation took place; from booked (a call) or arrived (a visit), and not before the
   * consultation opens ({@link #OPENS_BEFORE_START} before the start).
   */
  public void complete(String by, Clock clock) {
    require(isLive(), "appointment.notLive");
    require(!clock.instant().isBefore(start.minus(OPENS_BEFORE_START)), "appointment.tooEarly");
    stamp(AppointmentStatus.COMPLETED, by, clock);
  }

  /** Whether it may be cancelled (by the rules of its state; a cut-off is the boundary's). */
  public boolean isCancellable() {
    return status == AppointmentStatus.BOOKED;
  }

  /** Whether it may move to another slot. */
  public boolean isMovable() {
    return status == AppointmentStatus.BOOKED;
  }

  /** Whether the patient may be marked as arrived. */
  public boolean isArrivable() {
    return status == AppointmentStatus.BOOKED;
  }

  /** Whether the patient may be marked as not come: booked, and the start has passed. */
  public boolean isNoShowAllowed(Instant now) {
    return status == AppointmentStatus.BOOKED && !now.isBefore(start);
  }

  /** Whether the consultation may be completed: live, and it has opened. */
  public boolean isCompletable(Instant now) {
    return isLive() && !now.isBefore(start.minus(OPENS_BEFORE_START));
  }

  /** Booked or arrived: the appointment still holds its slot. */
  public boolean isLive() {
    return LIVE.contains(status);
  }

  private void takeSlot(Slot slot, String room) {
    this.slotId = slot.getId();
    this.siteId = slot.getSiteId();
    this.start = slot.getStart();
    this.end = slot.getEnd();
    this.mode = slot.getMode();
    this.videoRoom = slot.getMode() == AppointmentMode.VIDEO ? room : null;
  }

  private void stamp(AppointmentStatus next, String by, Clock clock) {
    this.status = next;
    this.statusChangedBy = by;
    this.statusChangedAt = clock.instant();
  }

  private void require(boolean allowed, String messageKey) {
    if (!allowed) {
      throw Refusal.rule(messageKey);
    }
  }

  public Long getId() {
    return id;
  }

  public long getSlotId() {
    return slotId;
  }

  public Patient getPatient() {
    return patient;
  }

  public Practitioner getPractitioner() {
    return practitioner;
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

  public String getReason() {
    return reason;
  }

  public AppointmentStatus getStatus() {
    return status;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public String getStatusChangedBy() {
    return statusChangedBy;
  }

  public String getBookedBy() {
    return bookedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getVideoRoom() {
    return videoRoom;
  }

  public long getVersion() {
    return version;
  }
}
