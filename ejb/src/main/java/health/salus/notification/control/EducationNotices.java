package health.salus.notification.control;

import health.salus.education.boundary.LessonStalled;
import health.salus.education.boundary.ProgrammeAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells a patient, in-app and by e-mail in their language, that a clinician or case manager
 * assigned them a programme (who, and why when they said), and, once per stall, that a lesson of a
 * programme they follow is still waiting for them. A patient without a portal account is not told.
 */
@ApplicationScoped
public class EducationNotices {

  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onAssigned(@Observes ProgrammeAssigned assigned) {
    notifier
        .accountOf(assigned.patientId())
        .ifPresent(
            patient -> {
              Locale language = texts.languageOf(patient);
              String title = in(language, assigned.programmeTitleEn(), assigned.programmeTitleZh());
              boolean why = assigned.reason() != null;
              notifier.tell(
                  patient,
                  "EDUCATION",
                  texts.text(language, "PROGRAMME_ASSIGNED.title", title),
                  texts.text(
                      language,
                      why ? "PROGRAMME_ASSIGNED.bodyWhy" : "PROGRAMME_ASSIGNED.body",
                      title,
                      assigned.assignedByName(),
                      why ? assigned.reason() : ""),
                  "/education/programme.xhtml?id=" + assigned.programmeId(),
                  "enrolment:" + assigned.enrolmentId() + ":assigned",
                  "enrolment:" + assigned.enrolmentId());
            });
  }

  void onStalled(@Observes LessonStalled stalled) {
    notifier
        .accountOf(stalled.patientId())
        .ifPresent(
            patient -> {
              Locale language = texts.languageOf(patient);
              String lesson = in(language, stalled.lessonTitleEn(), stalled.lessonTitleZh());
              String programme =
                  in(language, stalled.programmeTitleEn(), stalled.programmeTitleZh());
              notifier.tell(
                  patient,
                  "EDUCATION",
                  texts.text(language, "LESSON_REMINDER.title", lesson),
                  texts.text(language, "LESSON_REMINDER.body", lesson, programme),
                  "/education/lesson.xhtml?id=" + stalled.lessonId(),
                  "lesson-reminder:" + stalled.reminderId(),
                  "lesson:" + stalled.lessonId());
            });
  }

  private static String in(Locale language, String english, String chinese) {
    return language.getLanguage().equals("zh") && chinese != null ? chinese : english;
  }
}
