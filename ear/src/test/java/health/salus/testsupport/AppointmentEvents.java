package health.salus.testsupport;

import health.salus.billing.entity.Invoice;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.UserAccount;
import health.salus.notification.entity.Notification;
import health.salus.notification.entity.OutboundMessage;
import health.salus.scheduling.boundary.AppointmentEvent;
import health.salus.shared.entity.Language;
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
 * Test-only, deployed only with the tests of what observes appointments (billing, notifications):
 * fires appointment events in a transaction of its own, as scheduling does, and reads back what the
 * observers wrote.
 */
@Stateless
@PermitAll
public class AppointmentEvents {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject Event<AppointmentEvent> events;

  /** An appointment id no other test and no real appointment uses. */
  public static long newAppointmentId() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
  }

  public void fire(AppointmentEvent event) {
    events.fire(event);
  }

  /** Fires one event of a 20-minute appointment, changed by dr.chen. */
  public void fire(
      AppointmentEvent.Kind kind,
      long appointmentId,
      long patientId,
      long practitionerId,
      String mode,
      Instant start) {
    fire(
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

  /** The patient prefers this language (as the language switch or the profile would set it). */
  public void chooseLanguage(String username, Language language) {
    em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getSingleResult()
        .chooseLanguage(language);
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

  public long practitionerId(String username) {
    return em.createQuery(
            "SELECT p FROM Practitioner p WHERE p.account.username = :username", Practitioner.class)
        .setParameter("username", username)
        .getSingleResult()
        .getId();
  }

  public List<OutboundMessage> outboxAbout(long appointmentId) {
    return em.createQuery(
            "SELECT m FROM OutboundMessage m WHERE m.subjectRef = :ref OR m.subjectRef = :reminders"
                + " ORDER BY m.id",
            OutboundMessage.class)
        .setParameter("ref", "appointment:" + appointmentId)
        .setParameter("reminders", "appointment:" + appointmentId + ":reminder")
        .getResultList();
  }

  /**
   * Puts messages in the outbox as an outage of the mail server leaves them: due an hour ago, so
   * they come before every other due message.
   */
  public void enqueueBacklog(String recipient, int count) {
    Instant now = Instant.now();
    String batch = java.util.UUID.randomUUID().toString();
    for (int i = 0; i < count; i++) {
      em.persist(
          new OutboundMessage(
              "backlog:" + batch + ":" + i,
              "backlog:" + batch,
              recipient,
              "Backlog " + i,
              "Left by an outage of the mail server.",
              now.minus(1, ChronoUnit.HOURS),
              now));
    }
  }

  public List<Notification> notificationsOf(String username) {
    UserAccount account =
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
            .setParameter("username", username)
            .getSingleResult();
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipient.id = :id ORDER BY n.id",
            Notification.class)
        .setParameter("id", account.getId())
        .getResultList();
  }

  /** How many messages wait in the outbox, due now, or are being sent. */
  public long dueInOutbox() {
    return em.createQuery(
            "SELECT COUNT(m) FROM OutboundMessage m WHERE m.status = :sending"
                + " OR (m.status = :pending AND m.dueAt <= :now)",
            Long.class)
        .setParameter("sending", health.salus.notification.entity.OutboundStatus.SENDING)
        .setParameter("pending", health.salus.notification.entity.OutboundStatus.PENDING)
        .setParameter("now", Instant.now())
        .getSingleResult();
  }

  /** When the outbox sent each message to this address. */
  public List<Instant> sentTo(String recipient) {
    return em.createQuery(
            "SELECT m.sentAt FROM OutboundMessage m WHERE m.recipient = :to AND m.sentAt IS NOT NULL",
            Instant.class)
        .setParameter("to", recipient)
        .getResultList();
  }
}
