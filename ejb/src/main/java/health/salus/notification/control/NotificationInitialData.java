package health.salus.notification.control;

import health.salus.directory.control.DemoPeople;
import health.salus.identity.entity.UserAccount;
import health.salus.notification.entity.Notification;
import health.salus.prescriptions.entity.RefillRequest;
import health.salus.prescriptions.entity.RefillStatus;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The demo inboxes: what alice and bob were told about their demo appointments and refills, in the
 * words of the real notices, at the time it happened; the older ones read, the newer ones not.
 * Seeded in demo mode into an empty notification table, after the features they are about. No
 * e-mail goes out for them.
 */
@ApplicationScoped
public class NotificationInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject NoticeTexts texts;

  void seed(@Observes @Priority(InitialDataRequested.NOTIFICATION) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(n) FROM Notification n", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    for (String username : List.of("alice", "bob")) {
      people.account(username).ifPresent(this::inbox);
    }
  }

  private void inbox(UserAccount account) {
    String firstName = account.getFullName().split("\\s+")[0];
    Locale language = texts.languageOf(account);
    for (Appointment a : liveAppointments(account)) {
      Object[] facts = {
        a.getPractitioner().getAccount().getFullName(),
        texts.when(language, a.getStart(), account.getTimeZone()),
        texts.text(language, "mode." + a.getMode().name()),
        firstName
      };
      add(
          account,
          "APPOINTMENT",
          texts.text(language, "BOOKED.title"),
          texts.text(language, "BOOKED.body", facts),
          "/scheduling/my-appointments.xhtml",
          a.getCreatedAt(),
          false);
    }
    for (RefillRequest r : decidedRefills(account)) {
      boolean approved = r.getStatus() == RefillStatus.APPROVED;
      String kind = approved ? "REFILL_APPROVED" : "REFILL_DENIED";
      add(
          account,
          "PRESCRIPTION",
          texts.text(language, kind + ".title"),
          texts.text(
              language,
              kind + ".body",
              r.getMedication().getName(),
              r.getReason(),
              r.getMedication().getRefillsRemaining(),
              firstName),
          "/prescriptions/medications.xhtml",
          r.getDecidedAt(),
          approved);
    }
  }

  private void add(
      UserAccount to,
      String topic,
      String title,
      String body,
      String link,
      Instant at,
      boolean read) {
    Notification notice = new Notification(to, topic, title, body, link, at);
    if (read) {
      notice.markRead(at.plusSeconds(3600));
    }
    em.persist(notice);
  }

  private List<Appointment> liveAppointments(UserAccount account) {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.patient.account.id = :account"
                + " AND a.status = :booked ORDER BY a.start",
            Appointment.class)
        .setParameter("account", account.getId())
        .setParameter("booked", AppointmentStatus.BOOKED)
        .getResultList();
  }

  private List<RefillRequest> decidedRefills(UserAccount account) {
    return em.createQuery(
            "SELECT r FROM RefillRequest r WHERE r.patient.account.id = :account"
                + " AND r.decidedAt IS NOT NULL ORDER BY r.decidedAt",
            RefillRequest.class)
        .setParameter("account", account.getId())
        .getResultList();
  }
}
