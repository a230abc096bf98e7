package health.salus.prescriptions.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A patient asking for a refill: which medication, a note and the pharmacy (both optional). */
public record NewRefillRequest(
    @NotNull(message = "{salus.refill.medicationId.required}") Long medicationId,
    @Size(max = 1000, message = "{salus.refill.note.tooLong}") String note,
    @Size(max = 200, message = "{salus.refill.pharmacy.tooLong}") String pharmacy) {}
