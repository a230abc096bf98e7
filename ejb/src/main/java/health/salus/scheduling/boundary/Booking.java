package health.salus.scheduling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to book a slot. {@code patientId} is for staff booking on behalf of a patient; a
 * patient booking for themself leaves it out.
 */
public record Booking(
    @NotNull(message = "{salus.slotId.required}") Long slotId,
    @NotBlank(message = "{salus.reason.required}")
        @Size(max = 500, message = "{salus.reason.tooLong}")
        String reason,
    Long patientId) {}
