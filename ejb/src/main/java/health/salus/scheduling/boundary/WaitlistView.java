package health.salus.scheduling.boundary;

import health.salus.scheduling.entity.WaitlistEntry;
import java.time.Instant;

/** A waitlist entry as the patient and staff see it. */
public record WaitlistView(
    long id,
    long patientId,
    long practitionerId,
    String practitionerName,
    String mode,
    Instant before,
    Instant createdAt,
    String status,
    Instant notifiedAt,
    Long notifiedSlotId) {

  public static WaitlistView of(WaitlistEntry e, String practitionerName) {
    return new WaitlistView(
        e.getId(),
        e.getPatientId(),
        e.getPractitionerId(),
        practitionerName,
        e.getMode() == null ? null : e.getMode().name(),
        e.getBefore(),
        e.getCreatedAt(),
        e.getStatus().name(),
        e.getNotifiedAt(),
        e.getNotifiedSlotId());
  }

  public boolean waiting() {
    return "WAITING".equals(status);
  }
}
