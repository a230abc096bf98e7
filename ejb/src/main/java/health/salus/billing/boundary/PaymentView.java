package health.salus.billing.boundary;

import health.salus.billing.entity.Payment;
import health.salus.billing.entity.PaymentMethod;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment received against an invoice. */
public record PaymentView(
    long id,
    BigDecimal amount,
    PaymentMethod method,
    String reference,
    Instant receivedAt,
    String recordedBy)
    implements Serializable {

  static PaymentView of(Payment payment) {
    return new PaymentView(
        payment.getId(),
        payment.getAmount(),
        payment.getMethod(),
        payment.getReference(),
        payment.getReceivedAt(),
        payment.getRecordedBy());
  }
}
