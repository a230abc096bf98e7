package health.salus.billing.boundary;

import health.salus.billing.entity.Invoice;
import health.salus.billing.entity.InvoiceStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as its readers see it: totals, what is paid and the balance, with its lines and
 * payments. {@code version} goes back with a payment so that a stale view is refused; {@code
 * payable} and {@code voidable} say what the invoice allows, so that pages compare no statuses.
 */
public record InvoiceView(
    long id,
    String number,
    long patientId,
    String patientName,
    Long appointmentId,
    long practitionerId,
    String practitionerName,
    Instant issuedAt,
    LocalDate dueDate,
    InvoiceStatus status,
    BigDecimal subtotal,
    BigDecimal gst,
    BigDecimal total,
    BigDecimal amountPaid,
    BigDecimal balance,
    String voidReason,
    List<InvoiceLineView> lines,
    List<PaymentView> payments,
    Issuer issuer,
    long version,
    boolean payable,
    boolean voidable)
    implements Serializable {

  static InvoiceView of(Invoice invoice, Issuer issuer) {
    return new InvoiceView(
        invoice.getId(),
        invoice.getNumber(),
        invoice.getPatient().getId(),
        invoice.getPatient().getFullName(),
        invoice.getAppointmentId(),
        invoice.getPractitioner().getId(),
        invoice.getPractitioner().getAccount().getFullName(),
        invoice.getIssuedAt(),
        invoice.getDueDate(),
        invoice.getStatus(),
        invoice.getSubtotal(),
        invoice.getGst(),
        invoice.getTotal(),
        invoice.getAmountPaid(),
        invoice.getBalance(),
        invoice.getVoidReason(),
        invoice.getLines().stream().map(InvoiceLineView::of).toList(),
        invoice.getPayments().stream().map(PaymentView::of).toList(),
        issuer,
        invoice.getVersion(),
        invoice.isPayable(),
        invoice.isVoidable());
  }

  /** Whether GST is charged, so the document must call itself a tax invoice. */
  public boolean taxable() {
    return gst.signum() > 0;
  }
}
