package health.salus.scheduling.boundary;

import health.salus.scheduling.entity.Appointment;
import java.time.Instant;

/**
 * An appointment as the patient, the practitioner and staff see it, with what its state allows now
 * ({@code live}, {@code cancellable}, {@code movable}, {@code arrivable}, {@code noShowAllowed},
 * {@code completable}), as the appointment itself decides: pages and clients never compare
 * statuses. Who may do it is the boundary's check, and a patient's cut-off still applies.
 */
public record AppointmentView(
    long id,
    long slotId,
    long patientId,
    String patientName,
    long practitionerId,
    String practitionerName,
    long siteId,
    Instant start,
    Instant end,
    String mode,
    String reason,
    String status,
    Instant statusChangedAt,
    String statusChangedBy,
    String bookedBy,
    boolean live,
    boolean cancellable,
    boolean movable,
    boolean arrivable,
    boolean noShowAllowed,
    boolean completable) {

  /** The appointment as it is at {@code now}. */
  public static AppointmentView of(Appointment a, Instant now) {
    return new AppointmentView(
        a.getId(),
        a.getSlotId(),
        a.getPatient().getId(),
        a.getPatient().getFullName(),
        a.getPractitioner().getId(),
        a.getPractitioner().getAccount().getFullName(),
        a.getSiteId(),
        a.getStart(),
        a.getEnd(),
        a.getMode().name(),
        a.getReason(),
        a.getStatus().name(),
        a.getStatusChangedAt(),
        a.getStatusChangedBy(),
        a.getBookedBy(),
        a.isLive(),
        a.isCancellable(),
        a.isMovable(),
        a.isArrivable(),
        a.isNoShowAllowed(now),
        a.isCompletable(now));
  }
}
