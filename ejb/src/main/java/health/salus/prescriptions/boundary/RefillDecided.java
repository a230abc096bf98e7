package health.salus.prescriptions.boundary;

import health.salus.prescriptions.entity.RefillStatus;
import java.time.Instant;

/**
 * Fired (CDI, synchronously, inside the transaction of the decision) when a refill request is
 * approved or denied, so that the notification feature can tell the patient without prescriptions
 * knowing it.
 *
 * @param refillRequestId the request ({@code /refill-requests/{id}})
 * @param patientId the patient ({@code /patients/{id}})
 * @param medicationId the medication
 * @param medicationName its name and dose, for the message
 * @param status APPROVED or DENIED
 * @param reason why it was denied (null when approved)
 * @param refillsRemaining the refills left after the decision
 * @param decidedAt when
 * @param decidedByUsername the clinician who decided
 */
public record RefillDecided(
    long refillRequestId,
    long patientId,
    long medicationId,
    String medicationName,
    RefillStatus status,
    String reason,
    int refillsRemaining,
    Instant decidedAt,
    String decidedByUsername) {}
