package health.salus.notification.control;

import health.salus.community.boundary.ConnectionChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells a portal user, in-app and by e-mail in their language, that someone asked to connect with
 * them, accepted or declined their request, or removed the connection.
 */
@ApplicationScoped
public class ConnectionNotices {

  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;
  @Inject NotificationRepository accounts;

  void onChanged(@Observes ConnectionChanged changed) {
    accounts
        .account(changed.recipientAccountId())
        .ifPresent(
            recipient -> {
              Locale language = texts.languageOf(recipient);
              notifier.tell(
                  recipient,
                  "COMMUNITY",
                  texts.text(
                      language, "CONNECTION." + changed.change() + ".title", changed.byFullName()),
                  texts.text(
                      language, "CONNECTION." + changed.change() + ".body", changed.byFullName()),
                  "/community/connections.xhtml",
                  "connection:"
                      + changed.connectionId()
                      + ":"
                      + changed.change()
                      + ":"
                      + changed.at().toEpochMilli(),
                  "connection:" + changed.connectionId());
            });
  }
}
