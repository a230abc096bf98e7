package health.salus.billing;

import health.salus.billing.entity.Invoice;
import health.salus.directory.entity.Practitioner;
import health.salus.scheduling.boundary.AppointmentEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-only, deployed only with the billing tests: stands in for scheduling, which fires {@link
 * AppointmentEvent} inside its own transaction, and reads back what billing made of it.
 */
@Stateless
@PermitAll
public class AppointmentEvents {

  @Inject Event<AppointmentEvent> events;

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** An appointment id no other test and no real appointment uses. */
  public static long newAppointmentId() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
  }

  /** Fires one event, in a transaction of this bean, as scheduling would. */
  public void fire(
      AppointmentEvent.Kind kind,
      long appointmentId,
      long patientId,
      long practitionerId,
      String mode,
      Instant start) {
    events.fire(
        new AppointmentEvent(
            kind,
            appointmentId,
            patientId,
            practitionerId,
            mode,
            start,
            start.plus(20, ChronoUnit.MINUTES),
            "dr.chen"));
  }

  public long practitionerId(String username) {
    return em.createQuery(
            "SELECT p FROM Practitioner p WHERE p.account.username = :username", Practitioner.class)
        .setParameter("username", username)
        .getSingleResult()
        .getId();
  }

  /** The ids of the invoices made for an appointment. */
  public List<Long> invoicesOf(long appointmentId) {
    return em.createQuery("SELECT i.id FROM Invoice i WHERE i.appointmentId = :id", Long.class)
        .setParameter("id", appointmentId)
        .getResultList();
  }

  public Invoice invoice(long invoiceId) {
    Invoice invoice = em.find(Invoice.class, invoiceId);
    invoice.getLines().size();
    return invoice;
  }
}
