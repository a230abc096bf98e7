package health.salus.education.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.education.control.EducationRepository;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.Enrolment;
import health.salus.education.entity.EnrolmentStatus;
import health.salus.education.entity.Lesson;
import health.salus.education.entity.LessonReminder;
import health.salus.education.entity.Programme;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One claim of the lesson reminder round, in a transaction of its own (REQUIRES_NEW: one lost claim
 * must not undo the others). The enrolment's row is locked while the stall is checked and its
 * reminder row written, and that row's unique key (enrolment, next lesson, lessons done) holds even
 * so: when two servers claim at once exactly one writes it, and only the writer tells the patient,
 * in the same transaction as its claim.
 */
@Stateless
public class LessonReminderClaims {

  @Inject EducationRepository repository;
  @Inject AuditTrail audit;
  @Inject Event<LessonStalled> stalled;
  @Inject Clock clock;

  /**
   * Claims the reminder of the enrolment's stall, if it is still stalled since {@code cutoff} and
   * not reminded of yet, and tells the patient; false when there is nothing to send or it was sent.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(long enrolmentId, Instant cutoff, String node) {
    Optional<Enrolment> found = repository.locked(Enrolment.class, enrolmentId);
    if (found.isEmpty() || found.get().getStatus() != EnrolmentStatus.ACTIVE) {
      return false;
    }
    Enrolment enrolment = found.get();
    long patientId = enrolment.getPatient().getId();
    Programme programme = enrolment.getProgramme();
    Instant lastProgress =
        repository
            .lastCompletion(patientId, programme.getId())
            .filter(at -> at.isAfter(enrolment.getEnrolledAt()))
            .orElse(enrolment.getEnrolledAt());
    if (lastProgress.isAfter(cutoff)) {
      return false;
    }
    Set<Long> done = repository.completedLessons(patientId);
    List<Lesson> lessons = programme.getLessons();
    Optional<Lesson> next = lessons.stream().filter(l -> !done.contains(l.getId())).findFirst();
    if (next.isEmpty()) {
      return false;
    }
    Lesson lesson = next.get();
    int lessonsDone = (int) lessons.stream().filter(l -> done.contains(l.getId())).count();
    if (repository.reminded(enrolmentId, lesson.getId(), lessonsDone)) {
      return false;
    }
    LessonReminder reminder =
        new LessonReminder(enrolment, lesson, lessonsDone, clock.instant(), node);
    repository.add(reminder);
    repository.flush();
    audit.record(
        AuditEvent.of("EDUCATION_LESSON_REMINDER", AuditOutcome.SUCCESS)
            .withActor("system")
            .aboutPatient(patientId)
            .object("Lesson", lesson.getId())
            .detail(
                "programme "
                    + programme.getId()
                    + ", "
                    + lessonsDone
                    + " of "
                    + lessons.size()
                    + " done, by "
                    + node));
    stalled.fire(
        new LessonStalled(
            reminder.getId(),
            patientId,
            lesson.getId(),
            CatalogueService.titleIn(lesson, ContentLanguage.EN),
            CatalogueService.titleIn(lesson, ContentLanguage.ZH_HANS),
            programme.titleIn(ContentLanguage.EN),
            programme.titleIn(ContentLanguage.ZH_HANS)));
    return true;
  }
}
