package health.salus.billing.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A correction of an item's description, fee or GST flag, at the version it was read at. */
public record FeeItemRevision(
    @NotBlank(message = "{salus.fee.description.required}")
        @Size(max = 200, message = "{salus.fee.description.tooLong}")
        String description,
    @NotNull(message = "{salus.fee.fee.required}")
        @DecimalMin(value = "0.00", message = "{salus.fee.fee.notNegative}")
        @Digits(integer = 10, fraction = 2, message = "{salus.payment.amount.cents}")
        BigDecimal fee,
    boolean gstApplicable,
    @NotNull(message = "{salus.fee.version.required}") Long version) {}
