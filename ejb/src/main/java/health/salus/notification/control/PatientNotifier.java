package health.salus.notification.control;

import health.salus.identity.boundary.PatientAccounts;
import health.salus.identity.entity.UserAccount;
import health.salus.notification.entity.Notification;
import health.salus.notification.entity.OutboundMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a patient something at once: an in-app notification and an e-mail through the outbox. A
 * patient without a portal account is told by the front desk instead, so nothing is sent.
 */
@ApplicationScoped
public class PatientNotifier {

  @Inject PatientAccounts patientAccounts;
  @Inject NotificationRepository notifications;
  @Inject UnreadCounts unread;
  @Inject NoticeTexts texts;
  @Inject Clock clock;

  /** The patient's portal account, if they have one. */
  public Optional<UserAccount> accountOf(long patientId) {
    return patientAccounts.accountOf(patientId);
  }

  /**
   * Notifies the account now. {@code dedupKey} names this message: the same key never sends a
   * second e-mail; {@code subjectRef} groups the messages about one thing.
   */
  public void tell(
      UserAccount account,
      String topic,
      String title,
      String body,
      String link,
      String dedupKey,
      String subjectRef) {
    Instant now = clock.instant();
    notifications.add(new Notification(account, topic, title, body, link, now));
    unread.changed(account.getId());
    notifications.enqueue(
        new OutboundMessage(
            dedupKey,
            subjectRef,
            account.getEmail(),
            title,
            texts.emailBody(texts.languageOf(account), body),
            now,
            now));
  }
}
