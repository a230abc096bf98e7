package health.salus.casework.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * An education programme to assign as part of the case's care plan, and why (optional, up to 500
 * characters; the patient is told it).
 */
public record NewProgrammeAssignment(
    @NotNull(message = "{salus.case.educationProgramme.required}") Long programmeId,
    String reason) {}
