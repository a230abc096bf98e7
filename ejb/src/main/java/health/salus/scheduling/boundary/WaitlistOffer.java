package health.salus.scheduling.boundary;

import java.time.Instant;

/**
 * Fired (CDI, synchronously, inside the transaction that freed the slot) when a freed slot is
 * offered to the first fitting patient on a waitlist, so that notification tells them. The slot is
 * not reserved: whoever books first gets it.
 *
 * @param entryId the waitlist entry, now NOTIFIED
 * @param patientId the patient to tell
 * @param practitionerId whose slot it is
 * @param slotId the free slot
 * @param mode IN_PERSON, VIDEO or PHONE
 * @param start when the slot starts
 */
public record WaitlistOffer(
    long entryId, long patientId, long practitionerId, long slotId, String mode, Instant start) {}
