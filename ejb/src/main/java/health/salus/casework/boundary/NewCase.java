package health.salus.casework.boundary;

import health.salus.casework.entity.Programme;
import jakarta.validation.constraints.NotNull;

/**
 * A case a case manager opens for a patient: the programme and a summary; {@code fromReferral}
 * starts it in INTAKE (default: OPEN).
 */
public record NewCase(
    @NotNull(message = "{salus.case.patient.required}") Long patientId,
    @NotNull(message = "{salus.case.programme.required}") Programme programme,
    String summary,
    Boolean fromReferral) {}
