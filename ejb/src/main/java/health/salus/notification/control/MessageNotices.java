package health.salus.notification.control;

import health.salus.messaging.boundary.MessageSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells the other side of a conversation that a secure message arrived, in-app and by e-mail, in
 * each recipient's language. The notice names the sender only: what was written (and the subject)
 * stays behind the sign-in.
 */
@ApplicationScoped
public class MessageNotices {

  @Inject NotificationRepository accounts;
  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onMessage(@Observes MessageSent message) {
    String subjectRef = "thread:" + message.threadId();
    for (long accountId : message.recipientAccountIds()) {
      accounts
          .account(accountId)
          .ifPresent(
              reader -> {
                Locale language = texts.languageOf(reader);
                notifier.tell(
                    reader,
                    "MESSAGE",
                    texts.text(language, "MESSAGE.title", message.authorName()),
                    texts.text(language, "MESSAGE.body", message.authorName()),
                    "/messaging/thread.xhtml?id=" + message.threadId(),
                    "message:" + message.messageId() + ":" + accountId,
                    subjectRef);
              });
    }
  }
}
