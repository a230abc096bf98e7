package health.salus.notification.control;

import health.salus.casework.boundary.ReferralResultReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells the patient's GP (or, without one, the practitioners of the care team) the result of a
 * completed referral, in-app and by e-mail, in each reader's language.
 */
@ApplicationScoped
public class ReferralResultNotices {

  @Inject NotificationRepository accounts;
  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onResult(@Observes ReferralResultReady ready) {
    String subjectRef = "referral:" + ready.referralId();
    for (long accountId : ready.recipientAccountIds()) {
      accounts
          .account(accountId)
          .ifPresent(
              practitioner -> {
                Locale language = texts.languageOf(practitioner);
                notifier.tell(
                    practitioner,
                    "CASEWORK",
                    texts.text(
                        language, "REFERRAL_RESULT.title", ready.patientName(), ready.toService()),
                    texts.text(
                        language,
                        "REFERRAL_RESULT.body",
                        ready.patientName(),
                        ready.toService(),
                        ready.result()),
                    "/timeline/patient.xhtml?patientId=" + ready.patientId(),
                    subjectRef + ":result:" + accountId,
                    subjectRef);
              });
    }
  }
}
