package health.salus.consent.boundary;

import jakarta.validation.constraints.NotBlank;

/** A clinician's request to open a patient's record in an emergency: why, in their own words. */
public record EmergencyAccessRequest(
    @NotBlank(message = "{salus.emergency.reason.required}") String reason) {}
