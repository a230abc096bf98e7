package health.salus.billing.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an invoice is cancelled; the reason is kept with it. */
public record VoidRequest(
    @NotBlank(message = "{salus.void.reason.required}")
        @Size(max = 500, message = "{salus.void.reason.tooLong}")
        String reason) {}
