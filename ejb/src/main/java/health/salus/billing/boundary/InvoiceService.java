package health.salus.billing.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.billing.control.InvoiceAccess;
import health.salus.billing.control.InvoiceRepository;
import health.salus.billing.entity.Invoice;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reading invoices: a patient their own invoices, payments and balance (the "medical payments
 * view"), a carer those of the patients they act for; staff anyone's. Every read is audited as
 * about the patient.
 */
@Stateless
@RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
public class InvoiceService {

  @Inject InvoiceRepository invoices;
  @Inject InvoiceAccess access;
  @Inject AuditTrail audit;

  /**
   * Invoices, newest first. A patient gets their own; with {@code patientId}, a patient or carer
   * gets that patient's if the access policy lets them act for the patient (else refused, 403, and
   * audited); staff get all, or one patient's with {@code patientId}, and may search number or
   * patient name.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public Page<InvoiceView> invoices(Long patientId, String text, int page, int size) {
    Long scope = patientId;
    String search = text;
    if (!access.callerIsStaff()) {
      if (patientId == null) {
        scope = ownPatientId("INVOICE_LIST");
      } else if (!access.mayActFor(patientId, "INVOICE_LIST")) {
        throw new AccessDeniedException("invoice.othersRefused");
      }
      search = null;
    }
    Page<InvoiceView> result =
        new Page<>(
            invoices.search(scope, search, page, size).stream().map(this::view).toList(),
            invoices.count(scope, search),
            page,
            size);
    String detail = result.items().size() + " of " + result.total();
    List<Long> shown = result.items().stream().map(InvoiceView::patientId).distinct().toList();
    if (scope != null || shown.isEmpty()) {
      audit.record(
          AuditEvent.of("INVOICE_LIST", AuditOutcome.SUCCESS)
              .aboutPatient(scope)
              .object("Invoice", null)
              .detail(detail));
    } else {
      // Staff listing several patients' invoices: one entry per patient whose invoices were shown.
      audit.recordAll(
          shown.stream()
              .map(
                  patient ->
                      AuditEvent.of("INVOICE_LIST", AuditOutcome.SUCCESS)
                          .aboutPatient(patient)
                          .object("Invoice", null)
                          .purpose("ADMINISTRATION")
                          .detail(detail))
              .toList());
    }
    return result;
  }

  /** One invoice with its lines, payments and balance, if the caller may see it (else 404). */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public InvoiceView invoice(long invoiceId) {
    return read(invoiceId, "INVOICE_READ");
  }

  /**
   * The invoice for its printable document (PDF), with the issuing organisation; audited as a
   * download.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public InvoiceView document(long invoiceId) {
    return read(invoiceId, "INVOICE_DOWNLOAD");
  }

  /** What the signed-in patient still owes over all their invoices. */
  @RolesAllowed(Role.Names.PATIENT)
  public Balance myBalance() {
    long own = ownPatientId("BALANCE_READ");
    Balance balance = invoices.balance(own);
    audit.record(
        AuditEvent.of("BALANCE_READ", AuditOutcome.SUCCESS)
            .aboutPatient(own)
            .detail(balance.outstanding().toPlainString()));
    return balance;
  }

  private InvoiceView read(long invoiceId, String action) {
    Invoice invoice = access.visible(invoiceId, action);
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(invoice.getPatient().getId())
            .object("Invoice", invoice.getId()));
    return view(invoice);
  }

  private long ownPatientId(String action) {
    return access
        .callerPatientId()
        .orElseThrow(
            () -> {
              audit.record(
                  AuditEvent.of(action, AuditOutcome.DENIED).detail("caller is not a patient"));
              return new AccessDeniedException("invoice.notAPatient");
            });
  }

  private InvoiceView view(Invoice invoice) {
    return InvoiceView.of(invoice, Issuer.of(access.issuerOf(invoice)));
  }
}
