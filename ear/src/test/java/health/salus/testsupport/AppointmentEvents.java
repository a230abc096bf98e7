package health.salus.testsupport;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.UserAccount;
import health.salus.notification.entity.Notification;
import health.salus.notification.entity.OutboundMessage;
import health.salus.scheduling.boundary.AppointmentEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Test-only, deployed only with in-container tests: fires appointment events in a transaction, as
 * scheduling does, and reads what the observers wrote.
 */
@Stateless
@PermitAll
public class AppointmentEvents {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject Event<AppointmentEvent> events;

  public void fire(AppointmentEvent event) {
    events.fire(event);
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
}
