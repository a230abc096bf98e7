package health.salus.notification.control;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.UserAccount;
import health.salus.notification.entity.OutboundMessage;
import health.salus.scheduling.boundary.AppointmentEvent;
import health.salus.scheduling.boundary.AppointmentEvent.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells patients about their appointments: an in-app notice and an e-mail when one is booked, moved
 * or cancelled, and an e-mail reminder 24 hours before. Runs inside the transaction of the change,
 * so a notice exists exactly when the change does; the outbox sends the e-mails later.
 */
@ApplicationScoped
public class AppointmentNotices {

  static final Duration REMINDER_BEFORE = Duration.ofHours(24);
  private static final Set<Kind> TOLD = EnumSet.of(Kind.BOOKED, Kind.RESCHEDULED, Kind.CANCELLED);

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject PatientNotifier notifier;
  @Inject NotificationRepository notifications;
  @Inject NoticeTexts texts;
  @Inject Clock clock;

  void onChange(@Observes AppointmentEvent event) {
    if (!TOLD.contains(event.kind())) {
      return;
    }
    UserAccount patient = notifier.accountOf(event.patientId()).orElse(null);
    if (patient == null) {
      return; // a patient without a portal account is told by the front desk
    }
    String subjectRef = "appointment:" + event.appointmentId();
    String reminderRef = subjectRef + ":reminder";
    // Any change makes the reminder asked for so far obsolete; a new one follows below.
    notifications.pendingAbout(reminderRef).forEach(OutboundMessage::cancel);

    Instant now = clock.instant();
    Locale language = texts.languageOf(patient);
    Object[] facts = facts(event, patient, language);
    // Each change is its own message (an appointment may move back and forth).
    notifier.tell(
        patient,
        "APPOINTMENT",
        texts.text(language, event.kind() + ".title"),
        texts.text(language, event.kind() + ".body", facts),
        "/scheduling/my-appointments.xhtml",
        subjectRef
            + ":"
            + event.kind()
            + ":"
            + event.start().toEpochMilli()
            + ":"
            + now.toEpochMilli(),
        subjectRef);

    Instant remindAt = event.start().minus(REMINDER_BEFORE);
    if (event.kind() != Kind.CANCELLED && event.start().isAfter(now)) {
      notifications.enqueue(
          new OutboundMessage(
              reminderRef + ":" + event.start().toEpochMilli(),
              reminderRef,
              patient.getEmail(),
              texts.text(language, "REMINDER.title"),
              texts.emailBody(language, texts.text(language, "REMINDER.body", facts)),
              remindAt.isBefore(now) ? now : remindAt,
              now));
    }
  }

  private Object[] facts(AppointmentEvent event, UserAccount patient, Locale language) {
    Practitioner practitioner = em.find(Practitioner.class, event.practitionerId());
    String who = practitioner == null ? "" : practitioner.getAccount().getFullName();
    String firstName = patient.getFullName().split("\\s+")[0];
    return new Object[] {
      who,
      texts.when(language, event.start(), patient.getTimeZone()),
      texts.text(language, "mode." + event.mode()),
      firstName
    };
  }
}
