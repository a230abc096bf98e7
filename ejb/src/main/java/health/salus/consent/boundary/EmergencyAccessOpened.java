package health.salus.consent.boundary;

import java.time.Instant;

/**
 * Fired (CDI, synchronously, inside the transaction that opened it) when a clinician opens a
 * patient's record in an emergency, so that the notification feature tells the patient without
 * consent knowing it.
 *
 * @param accessId the emergency access
 * @param patientId the patient whose record was opened
 * @param clinicianName the clinician's full name, as the patient will read it
 * @param reason the reason the clinician stated
 * @param openedAt when
 * @param validUntil until when the record stays open to them
 */
public record EmergencyAccessOpened(
    long accessId,
    long patientId,
    String clinicianName,
    String reason,
    Instant openedAt,
    Instant validUntil) {}
