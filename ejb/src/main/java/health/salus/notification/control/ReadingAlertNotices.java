package health.salus.notification.control;

import health.salus.monitoring.boundary.ReadingAlertRaised;
import health.salus.monitoring.entity.ReadingType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells each clinician of a patient's care team that a reading alert was raised (a value beyond the
 * patient's threshold, or a low WHO-5 score), in-app and by e-mail, in the clinician's language.
 */
@ApplicationScoped
public class ReadingAlertNotices {

  @Inject NotificationRepository accounts;
  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onAlert(@Observes ReadingAlertRaised alert) {
    String subjectRef = "reading-alert:" + alert.alertId();
    for (long accountId : alert.recipientAccountIds()) {
      accounts
          .account(accountId)
          .ifPresent(
              clinician -> {
                Locale language = texts.languageOf(clinician);
                String body =
                    alert.type() == ReadingType.WELLBEING
                        ? "READING_ALERT.WELLBEING.body"
                        : "READING_ALERT.body";
                notifier.tell(
                    clinician,
                    "MONITORING",
                    texts.text(language, "READING_ALERT.title", alert.patientName()),
                    texts.text(
                        language,
                        body,
                        alert.patientName(),
                        texts.text(language, "type." + alert.type().name()),
                        alert.value(),
                        alert.unit(),
                        texts.when(language, alert.takenAt(), clinician.getTimeZone())),
                    "/home.xhtml",
                    subjectRef + ":" + accountId,
                    subjectRef);
              });
    }
  }
}
