package health.salus.feedback.boundary;

import java.time.Instant;

/**
 * Fired (CDI, inside the transaction of the completion) when a patient is invited to rate a
 * completed appointment, so that the notification feature tells them.
 */
public record RatingInvited(
    long invitationId,
    long appointmentId,
    long patientId,
    String practitionerName,
    Instant consultedAt) {}
