package health.salus.billing.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.billing.control.InvoiceAccess;
import health.salus.billing.control.InvoiceRepository;
import health.salus.billing.entity.Invoice;
import health.salus.billing.entity.Payment;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.control.InputValidation;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;

/**
 * The front desk's money work: recording payments against invoices and voiding invoices issued in
 * error. Staff only; every change and every refusal is audited as about the patient. Two payments
 * at once on one invoice cannot both be counted against the same balance: the invoice is versioned
 * and the loser gets a conflict.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class PaymentService {

  @Inject InvoiceRepository invoices;
  @Inject InvoiceAccess access;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Records a payment. The amount must be positive, in cents, and at most the balance; a void or
   * settled invoice takes none (422). With a {@code version}, a view older than the invoice is
   * refused (409).
   */
  @RolesAllowed(Role.Names.STAFF)
  public InvoiceView recordPayment(long invoiceId, PaymentRequest request) {
    validation.check(request);
    Invoice invoice = access.visible(invoiceId, "PAYMENT_RECORD");
    requireCurrent(invoice, request.version(), "PAYMENT_RECORD");
    Payment payment;
    try {
      payment =
          invoice.recordPayment(
              request.amount(),
              request.method(),
              blankToNull(request.reference()),
              clock.instant(),
              access.callerName());
    } catch (Refusal refused) {
      deny(invoice, "PAYMENT_RECORD", refused.messageKey());
      throw refused;
    }
    flush(invoice, "PAYMENT_RECORD");
    audit.record(
        AuditEvent.of("PAYMENT_RECORD", AuditOutcome.SUCCESS)
            .aboutPatient(invoice.getPatient().getId())
            .object("Invoice", invoice.getId())
            .detail(
                payment.getAmount().toPlainString()
                    + " "
                    + payment.getMethod()
                    + ", balance "
                    + invoice.getBalance().toPlainString()));
    return InvoiceView.of(invoice, Issuer.of(access.issuerOf(invoice)));
  }

  /** Voids an invoice issued in error, with the reason; only while no payment is recorded (422). */
  @RolesAllowed(Role.Names.STAFF)
  public InvoiceView voidInvoice(long invoiceId, VoidRequest request) {
    validation.check(request);
    Invoice invoice = access.visible(invoiceId, "INVOICE_VOID");
    try {
      invoice.voidInvoice(request.reason().trim(), clock.instant(), access.callerName());
    } catch (Refusal refused) {
      deny(invoice, "INVOICE_VOID", refused.messageKey());
      throw refused;
    }
    flush(invoice, "INVOICE_VOID");
    audit.record(
        AuditEvent.of("INVOICE_VOID", AuditOutcome.SUCCESS)
            .aboutPatient(invoice.getPatient().getId())
            .object("Invoice", invoice.getId())
            .purpose(invoice.getVoidReason()));
    return InvoiceView.of(invoice, Issuer.of(access.issuerOf(invoice)));
  }

  private void requireCurrent(Invoice invoice, Long version, String action) {
    if (version != null && version != invoice.getVersion()) {
      deny(invoice, action, "stale version " + version);
      throw new ConflictException("version", "invoice.changedMeanwhile");
    }
  }

  /** Writes now, so that a concurrent change shows as a conflict here and not after return. */
  private void flush(Invoice invoice, String action) {
    try {
      invoices.flush();
    } catch (OptimisticLockException lostRace) {
      deny(invoice, action, "changed by someone else meanwhile");
      throw new ConflictException("version", "invoice.changedMeanwhile");
    }
  }

  private void deny(Invoice invoice, String action, String why) {
    audit.record(
        AuditEvent.of(action, AuditOutcome.DENIED)
            .aboutPatient(invoice.getPatient().getId())
            .object("Invoice", invoice.getId())
            .detail(why));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
