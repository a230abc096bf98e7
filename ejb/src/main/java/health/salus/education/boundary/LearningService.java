package health.salus.education.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.education.control.EducationRepository;
import health.salus.education.entity.Enrolment;
import health.salus.education.entity.Lesson;
import health.salus.education.entity.LessonCompletion;
import health.salus.education.entity.Programme;
import health.salus.education.entity.QuizOption;
import health.salus.education.entity.QuizQuestion;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A patient following programmes: enrolment (by the patient, or assigned by a clinician or case
 * manager of the patient's care team, as the access policy decides), quizzes that complete a lesson
 * when two in three answers or more are right, a lesson without a quiz completed when read to the
 * end, and progress per programme. One enrolment per patient and programme, one completion per
 * lesson: both are taken one at a time per patient (the patient's row lock), so a double click
 * changes nothing. Every change is audited about the patient (actions EDUCATION_...).
 */
@Stateless
public class LearningService {

  @Inject EducationRepository repository;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<ProgrammeAssigned> assigned;

  /**
   * Enrols a patient in a programme: the caller themself (a patient), or the patient named (a
   * clinician of the patient's care team, or the case manager or a member of the case team of one
   * of the patient's cases; anyone else 403), who assigns it as part of the patient's care, with a
   * reason of up to 500 characters (longer: 400), and the patient is told who assigned what and why
   * ({@link ProgrammeAssigned}). A programme that does not exist: 404. Already enrolled: the
   * enrolment there is, {@code created} false, and nobody is told.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CLINICIAN, Role.Names.CASE_MANAGER})
  public Enrolled enrol(long programmeId, EnrolmentRequest request) {
    CurrentCaller caller = callers.current();
    Long patientId =
        request != null && request.patientId() != null ? request.patientId() : caller.patientId();
    if (patientId == null) {
      throw new InvalidInputException("patientId", "education.patientRequired");
    }
    String reason = request == null ? null : request.reason();
    if (reason != null && reason.strip().length() > 500) {
      throw new InvalidInputException("reason", "education.reasonTooLong");
    }
    Optional<Patient> patient = repository.find(Patient.class, patientId);
    if (!accessPolicy.permits(
        patient.isPresent() ? patientId : null,
        Access.to("EDUCATION_ENROL", "Patient", patientId)
            .allowing(Basis.SELF, Basis.CARE_TEAM, Basis.CASE_TEAM)
            .saying("not the patient nor in the care or case team"))) {
      throw new AccessDeniedException("education.notForThisPatient");
    }
    Programme programme =
        repository
            .find(Programme.class, programmeId)
            .orElseThrow(() -> new NotFoundException("education.notFound"));
    repository.locked(Patient.class, patientId);
    Optional<Enrolment> existing = repository.enrolment(patientId, programmeId);
    if (existing.isPresent()) {
      return new Enrolled(EnrolmentView.of(existing.get()), false);
    }
    UserAccount by = callers.account();
    Enrolment enrolment =
        caller.isPatient(patientId)
            ? new Enrolment(patient.get(), programme, by, clock.instant())
            : new Enrolment(patient.get(), programme, by, reason, clock.instant());
    repository.add(enrolment);
    repository.flush();
    audit.record(
        AuditEvent.of("EDUCATION_ENROL", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Enrolment", enrolment.getId())
            .detail(
                "programme "
                    + programmeId
                    + (enrolment.assigned() ? " assigned by " + by.getUsername() : "")));
    if (enrolment.assigned()) {
      assigned.fire(
          new ProgrammeAssigned(
              enrolment.getId(),
              patientId,
              programmeId,
              programme.getTitle(),
              programme.getTitleZh(),
              by.getFullName(),
              enrolment.getReason()));
    }
    return new Enrolled(EnrolmentView.of(enrolment), true);
  }

  /**
   * The patient answers a lesson's quiz: one option per question (an unknown question or an option
   * of another question: 400, nothing stored; a question left out counts as wrong). Two in three
   * right or more passes and completes the lesson (enrolling the patient in its programme when they
   * were not); a lesson without a quiz: 422.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public QuizResult answer(long lessonId, QuizAnswers answers) {
    long patientId = callers.current().patientId();
    Lesson lesson =
        repository
            .find(Lesson.class, lessonId)
            .orElseThrow(() -> new NotFoundException("education.notFound"));
    List<QuizQuestion> questions = lesson.getQuestions();
    if (questions.isEmpty()) {
      throw Refusal.rule("education.noQuiz");
    }
    Map<Long, Long> chosen = chosen(answers, questions);
    int score = 0;
    for (QuizQuestion question : questions) {
      Long option = chosen.get(question.getId());
      if (option != null
          && question.getOptions().stream()
              .anyMatch(o -> o.isCorrect() && o.getId().equals(option))) {
        score++;
      }
    }
    boolean passed = score * 3 >= questions.size() * 2;
    AuditEvent event =
        AuditEvent.of("EDUCATION_QUIZ", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Lesson", lessonId)
            .detail(score + "/" + questions.size() + (passed ? " passed" : " not passed"));
    if (passed) {
      complete(patientId, lesson, score, questions.size());
    }
    audit.record(event);
    return new QuizResult(score, questions.size(), passed, passed);
  }

  /**
   * The patient read a lesson without a quiz to the end: it counts as completed (422 with a quiz).
   */
  @RolesAllowed(Role.Names.PATIENT)
  public QuizResult readToEnd(long lessonId) {
    long patientId = callers.current().patientId();
    Lesson lesson =
        repository
            .find(Lesson.class, lessonId)
            .orElseThrow(() -> new NotFoundException("education.notFound"));
    if (!lesson.getQuestions().isEmpty()) {
      throw Refusal.rule("education.quizFirst");
    }
    complete(patientId, lesson, 0, 0);
    audit.record(
        AuditEvent.of("EDUCATION_LESSON_READ", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Lesson", lessonId));
    return new QuizResult(0, 0, true, true);
  }

  /** The patient's programmes: lessons completed of how many, and the next lesson to read. */
  @RolesAllowed(Role.Names.PATIENT)
  public List<ProgrammeProgress> progress() {
    long patientId = callers.current().patientId();
    List<ProgrammeProgress> items = progressIn(patientId, repository.enrolments(patientId));
    audit.record(
        AuditEvent.of("EDUCATION_PROGRESS_READ", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId)
            .detail(items.size() + " programmes"));
    return items;
  }

  /**
   * A patient's progress in the programmes named (those the patient is enrolled in; the others left
   * out), for the patient's care team or the case team of one of their cases, as the access policy
   * decides (anyone else 403, no such patient 404): how a case shows the programmes assigned on it.
   * Audited as a read of the patient's progress, for their care.
   */
  @RolesAllowed({Role.Names.CLINICIAN, Role.Names.CASE_MANAGER})
  public List<ProgrammeProgress> progressOf(long patientId, Set<Long> programmeIds) {
    Optional<Patient> patient = repository.find(Patient.class, patientId);
    Optional<Basis> basis =
        accessPolicy.basis(
            patient.isPresent() ? patientId : null,
            Access.to("EDUCATION_PROGRESS_READ", "Patient", patientId)
                .allowing(Basis.CARE_TEAM, Basis.CASE_TEAM)
                .saying("not in the care or case team"));
    if (patient.isEmpty()) {
      throw new NotFoundException("education.notFound");
    }
    if (basis.isEmpty()) {
      throw new AccessDeniedException("education.notForThisPatient");
    }
    List<ProgrammeProgress> items =
        progressIn(
            patientId,
            repository.enrolments(patientId).stream()
                .filter(e -> programmeIds.contains(e.getProgramme().getId()))
                .toList());
    audit.record(
        AuditEvent.of("EDUCATION_PROGRESS_READ", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId)
            .purpose(basis.get().purpose())
            .detail(items.size() + " programmes"));
    return items;
  }

  private List<ProgrammeProgress> progressIn(long patientId, List<Enrolment> enrolments) {
    Set<Long> done = repository.completedLessons(patientId);
    List<ProgrammeProgress> items = new ArrayList<>();
    for (Enrolment e : enrolments) {
      List<Lesson> lessons = e.getProgramme().getLessons();
      items.add(
          new ProgrammeProgress(
              e.getProgramme().getId(),
              e.getProgramme().getTitle(),
              (int) lessons.stream().filter(l -> done.contains(l.getId())).count(),
              lessons.size(),
              e.getStatus(),
              lessons.stream()
                  .filter(l -> !done.contains(l.getId()))
                  .findFirst()
                  .map(Lesson::getId)
                  .orElse(null),
              e.assigned() ? e.getAssignedBy().getFullName() : null,
              e.assigned() ? e.getReason() : null));
    }
    return items;
  }

  private void complete(long patientId, Lesson lesson, int score, int outOf) {
    Patient patient = repository.locked(Patient.class, patientId).orElseThrow();
    Instant now = clock.instant();
    Programme programme = lesson.getProgramme();
    Enrolment enrolment =
        repository
            .enrolment(patientId, programme.getId())
            .orElseGet(
                () -> {
                  Enrolment own = new Enrolment(patient, programme, callers.account(), now);
                  repository.add(own);
                  return own;
                });
    Set<Long> done = repository.completedLessons(patientId);
    if (!done.contains(lesson.getId())) {
      repository.add(new LessonCompletion(patient, lesson, score, outOf, now));
      done.add(lesson.getId());
    }
    if (programme.getLessons().stream().allMatch(l -> done.contains(l.getId()))) {
      enrolment.complete(now);
    }
    repository.flush();
  }

  private static Map<Long, Long> chosen(QuizAnswers answers, List<QuizQuestion> questions) {
    if (answers == null || answers.answers() == null || answers.answers().isEmpty()) {
      throw new InvalidInputException("answers", "education.answersRequired");
    }
    Map<Long, QuizQuestion> byId = new HashMap<>();
    questions.forEach(q -> byId.put(q.getId(), q));
    Map<Long, Long> chosen = new HashMap<>();
    for (QuizAnswers.Answer answer : answers.answers()) {
      QuizQuestion question =
          answer == null || answer.questionId() == null ? null : byId.get(answer.questionId());
      if (question == null) {
        throw new InvalidInputException("answers", "education.unknownQuestion");
      }
      boolean ofThisQuestion =
          answer.optionId() != null
              && question.getOptions().stream()
                  .map(QuizOption::getId)
                  .anyMatch(answer.optionId()::equals);
      if (!ofThisQuestion || chosen.put(question.getId(), answer.optionId()) != null) {
        throw new InvalidInputException("answers", "education.badOption");
      }
    }
    return chosen;
  }
}
