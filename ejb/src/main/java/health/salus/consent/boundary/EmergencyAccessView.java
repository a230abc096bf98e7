package health.salus.consent.boundary;

import health.salus.consent.entity.EmergencyAccess;
import java.io.Serializable;
import java.time.Instant;

/**
 * An emergency access as its clinician sees it: the record of {@code patientName} is open to them
 * until {@code validUntil}.
 */
public record EmergencyAccessView(
    long id,
    long patientId,
    String patientName,
    String reason,
    Instant openedAt,
    Instant validUntil)
    implements Serializable {

  static EmergencyAccessView of(EmergencyAccess access) {
    return new EmergencyAccessView(
        access.getId(),
        access.getPatient().getId(),
        access.getPatient().getFullName(),
        access.getReason(),
        access.getOpenedAt(),
        access.getValidUntil());
  }
}
