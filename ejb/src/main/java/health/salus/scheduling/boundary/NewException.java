package health.salus.scheduling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Days away, inclusive: leave, a public holiday. */
public record NewException(
    @NotNull(message = "{salus.from.required}") LocalDate from,
    @NotNull(message = "{salus.to.required}") LocalDate to,
    @NotBlank(message = "{salus.exceptionReason.required}")
        @Size(max = 200, message = "{salus.exceptionReason.tooLong}")
        String reason) {}
