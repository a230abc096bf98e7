package health.salus.billing.control;

import health.salus.billing.entity.Invoice;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.directory.entity.Organisation;
import health.salus.identity.boundary.Callers;
import health.salus.shared.boundary.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Which invoice the caller may see: the one {@link AccessPolicy} lets them act for (staff all, a
 * patient their own, a carer those of the patients they act for). An invoice someone may not see is
 * "not found" for them, and the policy audits the attempt.
 */
@Dependent
public class InvoiceAccess {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject InvoiceRepository invoices;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;

  public boolean callerIsStaff() {
    return callers.current().isStaff();
  }

  public String callerName() {
    return callers.current().username();
  }

  /**
   * The caller's own patient id, if the caller is a patient (without reading the patient record and
   * its account again in every call).
   */
  public Optional<Long> callerPatientId() {
    return Optional.ofNullable(callers.current().patientId());
  }

  /**
   * Whether the caller may see the invoices of this patient, as the access policy decides (and
   * audits: a refusal as DENIED).
   */
  public boolean mayActFor(long patientId, String action) {
    return accessPolicy.permits(
        patientId, Access.to(action, "Invoice", null).saying("another patient's invoices"));
  }

  /** The invoice if the caller may see it; otherwise a NotFoundException, audited as DENIED. */
  public Invoice visible(long invoiceId, String action) {
    Invoice invoice =
        invoices.byId(invoiceId).orElseThrow(() -> new NotFoundException("invoice.notFound"));
    if (!accessPolicy.permits(
        invoice.getPatient().getId(),
        Access.to(action, "Invoice", invoice.getId()).saying("not the caller's invoice"))) {
      throw new NotFoundException("invoice.notFound");
    }
    return invoice;
  }

  /** The organisation that issues the invoice: the practitioner's, else the first one. */
  public Optional<Organisation> issuerOf(Invoice invoice) {
    var site = invoice.getPractitioner().getSite();
    if (site != null && site.getOrganisation() != null) {
      return Optional.of(site.getOrganisation());
    }
    return em.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
