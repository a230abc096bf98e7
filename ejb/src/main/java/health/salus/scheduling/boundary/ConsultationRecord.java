package health.salus.scheduling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the clinician records when completing a consultation. */
public record ConsultationRecord(
    @Size(max = 4000, message = "{salus.notes.tooLong}") String notes,
    @NotBlank(message = "{salus.outcome.required}")
        @Size(max = 1000, message = "{salus.outcome.tooLong}")
        String outcome) {}
