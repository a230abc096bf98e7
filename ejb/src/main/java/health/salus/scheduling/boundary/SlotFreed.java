package health.salus.scheduling.boundary;

import java.time.Instant;

/**
 * Fired (CDI, synchronously, inside the transaction of the change) when a booked slot becomes free
 * again because its appointment was cancelled or moved elsewhere, so that the waitlist can tell the
 * next waiting patient. Unlike {@link AppointmentEvent} (which carries the appointment after the
 * change) it names the slot that was given up.
 *
 * @param slotId the slot now free
 * @param practitionerId whose slot it is
 * @param mode IN_PERSON, VIDEO or PHONE
 * @param start when the slot starts
 * @param previousPatientId the patient who gave it up (not to be told of it)
 */
public record SlotFreed(
    long slotId, long practitionerId, String mode, Instant start, long previousPatientId) {}
