package health.salus.scheduling.boundary;

import health.salus.scheduling.entity.Appointment;
import java.time.Instant;

/** An appointment as the patient, the practitioner and staff see it. */
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
    String bookedBy) {

  public static AppointmentView of(Appointment a) {
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
        a.getBookedBy());
  }

  /** Booked or arrived: still to take place. */
  public boolean live() {
    return "BOOKED".equals(status) || "ARRIVED".equals(status);
  }
}
