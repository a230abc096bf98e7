package health.salus.notification.control;

import health.salus.casework.boundary.TaskOverdue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tells the assignee of a case task, once, that it is past its due date, in-app and by e-mail in
 * their language. A patient's task links to their side of the case, anyone else's to "My tasks".
 */
@ApplicationScoped
public class TaskOverdueNotices {

  @Inject NotificationRepository accounts;
  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onOverdue(@Observes TaskOverdue overdue) {
    String subjectRef = "case-task:" + overdue.taskId();
    accounts
        .account(overdue.assigneeAccountId())
        .ifPresent(
            assignee -> {
              Locale language = texts.languageOf(assignee);
              notifier.tell(
                  assignee,
                  "CASEWORK",
                  texts.text(language, "TASK_OVERDUE.title", overdue.title()),
                  texts.text(
                      language,
                      "TASK_OVERDUE.body",
                      overdue.title(),
                      DateTimeFormatter.ISO_LOCAL_DATE.format(overdue.dueDate())),
                  "/casework/case.xhtml?id=" + overdue.caseId(),
                  subjectRef + ":overdue",
                  subjectRef);
            });
  }
}
