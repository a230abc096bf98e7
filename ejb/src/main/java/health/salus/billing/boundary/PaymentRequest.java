package health.salus.billing.boundary;

import health.salus.billing.entity.PaymentMethod;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A payment staff record: a positive amount in dollars and cents, how it was paid, a reference
 * (receipt or transaction number), and optionally the invoice version it was read at.
 */
public record PaymentRequest(
    @NotNull(message = "{salus.payment.amount.required}")
        @DecimalMin(value = "0.01", message = "{salus.payment.amount.positive}")
        @Digits(integer = 10, fraction = 2, message = "{salus.payment.amount.cents}")
        BigDecimal amount,
    @NotNull(message = "{salus.payment.method.required}") PaymentMethod method,
    @Size(max = 100, message = "{salus.payment.reference.tooLong}") String reference,
    Long version) {}
