package health.salus.prescriptions.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A clinician prescribing a medication: name, dose, instructions and the refills allowed. */
public record Prescription(
    @NotBlank(message = "{salus.medication.name.required}")
        @Size(max = 200, message = "{salus.medication.name.tooLong}")
        String name,
    @NotBlank(message = "{salus.medication.dose.required}")
        @Size(max = 100, message = "{salus.medication.dose.tooLong}")
        String dose,
    @NotBlank(message = "{salus.medication.instructions.required}")
        @Size(max = 1000, message = "{salus.medication.instructions.tooLong}")
        String instructions,
    @NotNull(message = "{salus.medication.refills.required}")
        @Min(value = 0, message = "{salus.medication.refills.range}")
        @Max(value = 12, message = "{salus.medication.refills.range}")
        Integer refills) {}
