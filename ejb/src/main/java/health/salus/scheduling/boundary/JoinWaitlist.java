package health.salus.scheduling.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * A request to join the waitlist of a practitioner. {@code mode} (IN_PERSON, VIDEO, PHONE) and
 * {@code before} (an ISO-8601 instant: only slots starting earlier) are optional; without {@code
 * before} the start of the patient's next booked appointment with the practitioner applies, if any.
 * {@code patientId} is for staff acting for a patient.
 */
public record JoinWaitlist(
    @NotNull(message = "{salus.careTeam.practitionerId.required}") Long practitionerId,
    String mode,
    String before,
    Long patientId) {}
