package health.salus.scheduling.boundary;

import java.time.Instant;

/**
 * Fired (CDI, synchronously, inside the transaction of the change) whenever an appointment changes,
 * so that other features react without scheduling knowing them: notifications and reminders,
 * billing (an invoice per completed appointment), the patient's timeline.
 *
 * @param kind what happened
 * @param appointmentId the appointment
 * @param patientId the patient ({@code /patients/{id}})
 * @param practitionerId the practitioner ({@code /practitioners} id)
 * @param mode IN_PERSON, VIDEO or PHONE
 * @param start when it starts (after the change)
 * @param end when it ends (after the change)
 * @param actorUsername who made the change
 */
public record AppointmentEvent(
    Kind kind,
    long appointmentId,
    long patientId,
    long practitionerId,
    String mode,
    Instant start,
    Instant end,
    String actorUsername) {

  /** What happened to the appointment. */
  public enum Kind {
    BOOKED,
    RESCHEDULED,
    CANCELLED,
    ARRIVED,
    NO_SHOW,
    COMPLETED
  }
}
