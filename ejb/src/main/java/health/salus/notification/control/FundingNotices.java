package health.salus.notification.control;

import health.salus.casework.boundary.FundingThresholdReached;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells the case manager, in-app and by e-mail in their language, that a funding plan's category or
 * the whole plan has reached 80 % of its budget. Each budget is told once (the plan marks it).
 */
@ApplicationScoped
public class FundingNotices {

  @Inject NotificationRepository accounts;
  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onThreshold(@Observes FundingThresholdReached reached) {
    String subjectRef = "funding-plan:" + reached.planId();
    String budget = reached.category() == null ? "plan" : "category:" + reached.category();
    accounts
        .account(reached.caseManagerAccountId())
        .ifPresent(
            manager -> {
              Locale language = texts.languageOf(manager);
              String what =
                  reached.category() == null
                      ? texts.text(language, "FUNDING_THRESHOLD.wholePlan")
                      : reached.category();
              notifier.tell(
                  manager,
                  "CASEWORK",
                  texts.text(language, "FUNDING_THRESHOLD.title", reached.patientName(), what),
                  texts.text(
                      language,
                      "FUNDING_THRESHOLD.body",
                      reached.patientName(),
                      what,
                      String.valueOf(reached.percentUsed())),
                  "/casework/case.xhtml?id=" + reached.caseId(),
                  subjectRef + ":" + budget + ":80",
                  subjectRef);
            });
  }
}
