package health.salus.billing.control;

import static health.salus.shared.control.BoundedReads.BATCH;
import static health.salus.shared.control.BoundedReads.BATCH_TYPE;
import static health.salus.shared.control.BoundedReads.FETCH;
import static health.salus.shared.control.BoundedReads.LEFT_FETCH;
import static health.salus.shared.control.BoundedReads.bounded;

import health.salus.billing.boundary.Balance;
import health.salus.billing.entity.Invoice;
import health.salus.billing.entity.Money;
import health.salus.shared.control.BoundedReads.FetchPlan;
import health.salus.shared.control.Conditions;
import health.salus.shared.control.LikePattern;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Finds and stores invoices. */
@Dependent
public class InvoiceRepository {

  /**
   * Reads what a list shows of each invoice (the boundary's {@code InvoiceView}) in three
   * statements whatever the page's size: the invoices with their patients, practitioners, the
   * practitioners' accounts, sites and organisations (joins; the optional ones outer), then the
   * lines of all of them and their payments (one statement each). Read one by one, each invoice
   * cost seven more.
   */
  private static final FetchPlan<Invoice> AS_ROWS =
      new FetchPlan<>(
          "rows",
          query ->
              query
                  .setHint(FETCH, "i.patient")
                  .setHint(FETCH, "i.practitioner")
                  .setHint(FETCH, "i.practitioner.account")
                  .setHint(LEFT_FETCH, "i.practitioner.site")
                  .setHint(LEFT_FETCH, "i.practitioner.site.organisation")
                  .setHint(BATCH_TYPE, "IN")
                  .setHint(BATCH, "i.lines")
                  .setHint(BATCH, "i.payments"));

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public Optional<Invoice> byId(long id) {
    return Optional.ofNullable(em.find(Invoice.class, id));
  }

  public Optional<Invoice> byAppointment(long appointmentId) {
    return em.createNamedQuery(Invoice.BY_APPOINTMENT, Invoice.class)
        .setParameter("appointmentId", appointmentId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Invoices, newest first: of one patient when given, and whose number or patient name contains
   * the text when given.
   */
  public List<Invoice> search(Long patientId, String text, int page, int size) {
    Conditions where = where(patientId, text);
    return where
        .bind(
            bounded(
                em,
                Invoice.class,
                "SELECT i FROM Invoice i" + where.where() + " ORDER BY i.issuedAt DESC, i.id DESC",
                AS_ROWS,
                page * size,
                size))
        .getResultList();
  }

  public long count(Long patientId, String text) {
    Conditions where = where(patientId, text);
    return where
        .bind(em.createQuery("SELECT COUNT(i) FROM Invoice i" + where.where(), Long.class))
        .getSingleResult();
  }

  /**
   * What a patient still owes over all invoices that are not void, and how many of them still have
   * something to pay, in one statement.
   */
  public Balance balance(long patientId) {
    Object[] row =
        em.createNamedQuery(Invoice.BALANCE_OF_PATIENT, Object[].class)
            .setParameter("patientId", patientId)
            .getSingleResult();
    BigDecimal outstanding = row[0] == null ? Money.ZERO : Money.of((BigDecimal) row[0]);
    long open = row[1] == null ? 0 : ((Number) row[1]).longValue();
    return new Balance(patientId, outstanding, open);
  }

  private static Conditions where(Long patientId, String text) {
    Conditions where = new Conditions();
    if (patientId != null) {
      where.and("i.patient.id = :patientId", "patientId", patientId);
    }
    if (text != null && !text.isBlank()) {
      where.and(
          "(LOWER(i.number) LIKE :text"
              + LikePattern.ESCAPE
              + " OR LOWER(i.patient.fullName) LIKE :text"
              + LikePattern.ESCAPE
              + ")",
          "text",
          LikePattern.containing(text));
    }
    return where;
  }

  public void add(Invoice invoice) {
    em.persist(invoice);
  }

  public void flush() {
    em.flush();
  }
}
