package health.salus.prescriptions.boundary;

import health.salus.prescriptions.entity.Medication;
import health.salus.prescriptions.entity.RefillRequest;
import health.salus.prescriptions.entity.RefillStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A refill request with its decision, as the patient and the deciding clinicians see it, with what
 * it allows ({@code decidable}: open, may be denied; {@code approvable}: a refill is left).
 */
public record RefillRequestView(
    long id,
    long medicationId,
    String medicationName,
    String dose,
    int refillsRemaining,
    long patientId,
    String patientName,
    String note,
    String pharmacy,
    RefillStatus status,
    Instant requestedAt,
    Instant decidedAt,
    String decidedBy,
    String decidedByName,
    String reason,
    boolean decidable,
    boolean approvable)
    implements Serializable {

  static RefillRequestView of(RefillRequest r) {
    Medication m = r.getMedication();
    return new RefillRequestView(
        r.getId(),
        m.getId(),
        m.getName(),
        m.getDose(),
        m.getRefillsRemaining(),
        r.getPatient().getId(),
        r.getPatient().getFullName(),
        r.getNote(),
        r.getPharmacy(),
        r.getStatus(),
        r.getRequestedAt(),
        r.getDecidedAt(),
        r.getDecidedBy() == null ? null : r.getDecidedBy().getUsername(),
        r.getDecidedBy() == null ? null : r.getDecidedBy().getFullName(),
        r.getReason(),
        r.isDecidable(),
        r.isApprovable());
  }
}
