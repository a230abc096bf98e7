package health.salus.education.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.education.control.Choices;
import health.salus.education.control.EducationRepository;
import health.salus.education.control.Readability;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.EnrolmentStatus;
import health.salus.education.entity.Lesson;
import health.salus.education.entity.LessonVariant;
import health.salus.education.entity.LiteracyLevel;
import health.salus.education.entity.Programme;
import health.salus.education.entity.QuizOption;
import health.salus.education.entity.QuizQuestion;
import health.salus.education.entity.VariantText;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Educators author programmes, their lessons, each lesson's variants (the readability grade of an
 * English variant measured as it is saved, shown with the level's target) and quizzes; staff and
 * practitioners see how programmes are used, in counts only. A change to a programme names the
 * version it edited: a stale one is 409. Every change is audited (actions EDUCATION_...).
 */
@Stateless
public class AuthoringService {

  @Inject EducationRepository repository;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "salus.education.figures.smallest-count", defaultValue = "5")
  int smallestCount;

  /** A new programme; bad details 400, a title taken 409. */
  @RolesAllowed(Role.Names.EDUCATOR)
  public ProgrammeView createProgramme(ProgrammeInput input) {
    if (input == null) {
      throw new InvalidInputException("title", "education.required");
    }
    if (repository.titleTaken(input.title(), null)) {
      throw new ConflictException("title", "education.titleTaken");
    }
    Programme programme = new Programme(input.details(), callers.account(), clock.instant());
    repository.add(programme);
    repository.flush();
    audited("EDUCATION_PROGRAMME_CREATE", "Programme", programme.getId());
    return view(programme);
  }

  /** Changes a programme's details, from the version the educator saw (stale: 409). */
  @RolesAllowed(Role.Names.EDUCATOR)
  public ProgrammeView reviseProgramme(long id, ProgrammeInput input) {
    Programme programme =
        repository
            .locked(Programme.class, id)
            .orElseThrow(() -> new NotFoundException("education.notFound"));
    if (input == null || input.version() == null) {
      throw new InvalidInputException("version", "education.versionRequired");
    }
    if (input.version() != programme.getVersion()) {
      throw new ConflictException("version", "education.stale");
    }
    if (repository.titleTaken(input.title(), id)) {
      throw new ConflictException("title", "education.titleTaken");
    }
    programme.revise(input.details());
    repository.flush();
    audited("EDUCATION_PROGRAMME_REVISE", "Programme", id);
    return view(programme);
  }

  /** A new lesson at the end of a programme: its id. */
  @RolesAllowed(Role.Names.EDUCATOR)
  public long addLesson(long programmeId, LessonInput input) {
    Programme programme =
        repository
            .locked(Programme.class, programmeId)
            .orElseThrow(() -> new NotFoundException("education.notFound"));
    Lesson lesson = programme.addLesson(input == null ? null : input.title());
    repository.add(lesson);
    repository.flush();
    audited("EDUCATION_LESSON_CREATE", "Lesson", lesson.getId());
    return lesson.getId();
  }

  /**
   * Writes the variant of a lesson that the input names (new, or changed when it exists), with the
   * readability grade of English text measured now. Bad input 400, nothing stored.
   */
  @RolesAllowed(Role.Names.EDUCATOR)
  public AuthoredVariant writeVariant(long lessonId, VariantInput input) {
    Lesson lesson = lesson(lessonId);
    if (input == null) {
      throw new InvalidInputException("level", "education.variantKeyRequired");
    }
    ContentLanguage language = Choices.language(input.language());
    VariantText text =
        new VariantText(
            Choices.level(input.level()),
            language,
            Choices.format(input.format()),
            input.title(),
            input.body(),
            input.mediaUrl());
    LessonVariant variant =
        lesson.write(text, Readability.grade(input.body(), language), clock.instant());
    if (variant.getId() == null) {
      repository.add(variant);
    }
    repository.flush();
    audited("EDUCATION_VARIANT_WRITE", "LessonVariant", variant.getId());
    return AuthoredVariant.of(variant);
  }

  /** A new quiz question at the end of a lesson's quiz: its id. */
  @RolesAllowed(Role.Names.EDUCATOR)
  public long addQuestion(long lessonId, QuestionInput input) {
    Lesson lesson = lesson(lessonId);
    if (input == null || input.options() == null) {
      throw new InvalidInputException("options", "education.optionsCount");
    }
    QuizQuestion question =
        lesson.addQuestion(
            input.textEn(),
            input.textZh(),
            input.options().stream()
                .map(
                    o ->
                        o == null
                            ? new QuizOption.Draft(null, null, false)
                            : new QuizOption.Draft(o.textEn(), o.textZh(), o.correct()))
                .toList());
    repository.add(question);
    repository.flush();
    audited("EDUCATION_QUESTION_CREATE", "QuizQuestion", question.getId());
    return question.getId();
  }

  /** A lesson with every variant and its readability, and its quiz with the right answers. */
  @RolesAllowed(Role.Names.EDUCATOR)
  public AuthoredLesson lessonForAuthor(long lessonId) {
    Lesson lesson =
        repository
            .find(Lesson.class, lessonId)
            .orElseThrow(() -> new NotFoundException("education.notFound"));
    return new AuthoredLesson(
        lesson.getId(),
        lesson.getProgramme().getId(),
        lesson.getProgramme().getTitle(),
        lesson.getPosition(),
        lesson.getTitle(),
        lesson.getVariants().stream().map(AuthoredVariant::of).toList(),
        lesson.getQuestions().stream()
            .map(
                q ->
                    new AuthoredLesson.AuthoredQuestion(
                        q.getId(),
                        q.getTextEn(),
                        q.getTextZh(),
                        q.getOptions().stream().map(o -> o.textIn(ContentLanguage.EN)).toList(),
                        q.getOptions().stream()
                            .filter(QuizOption::isCorrect)
                            .findFirst()
                            .map(QuizOption::getPosition)
                            .orElse(0)))
            .toList());
  }

  /**
   * Per programme: patients enrolled, active, completed; lessons completed; the latest literacy
   * screens of those enrolled, limited, adequate or none. Counts only, never whose; the literacy
   * counts withheld where they are about fewer people than {@code
   * salus.education.figures.smallest-count} (5), so no one's screen can be told from them.
   */
  @RolesAllowed({
    Role.Names.EDUCATOR,
    Role.Names.STAFF,
    Role.Names.CLINICIAN,
    Role.Names.CASE_MANAGER,
    Role.Names.ADMIN
  })
  public List<ProgrammeFigures> figures() {
    Map<Long, Map<EnrolmentStatus, Long>> enrolments = repository.enrolmentCounts();
    Map<Long, Long> lessons = repository.completionCounts();
    Map<Long, Map<LiteracyLevel, Long>> literacy = repository.literacyCounts();
    return repository.programmes().stream()
        .map(
            p -> {
              Map<EnrolmentStatus, Long> e = enrolments.getOrDefault(p.getId(), Map.of());
              Map<LiteracyLevel, Long> l = literacy.getOrDefault(p.getId(), Map.of());
              return ProgrammeFigures.of(
                  p.getId(),
                  p.getTitle(),
                  e.getOrDefault(EnrolmentStatus.ACTIVE, 0L),
                  e.getOrDefault(EnrolmentStatus.COMPLETED, 0L),
                  lessons.getOrDefault(p.getId(), 0L),
                  l.getOrDefault(LiteracyLevel.LIMITED, 0L),
                  l.getOrDefault(LiteracyLevel.ADEQUATE, 0L),
                  smallestCount);
            })
        .toList();
  }

  private Lesson lesson(long id) {
    return repository
        .locked(Lesson.class, id)
        .orElseThrow(() -> new NotFoundException("education.notFound"));
  }

  private ProgrammeView view(Programme p) {
    return new ProgrammeView(
        p.getId(),
        p.getTitle(),
        p.getTitleZh(),
        p.getTopic(),
        p.getSummary(),
        p.getConditionTerms(),
        p.getMinAge(),
        p.getVersion(),
        p.getLessons().stream()
            .map(
                l ->
                    new LessonSummary(
                        l.getId(),
                        l.getPosition(),
                        CatalogueService.titleIn(l, ContentLanguage.EN),
                        false))
            .toList(),
        null);
  }

  private void audited(String action, String type, Object id) {
    audit.record(AuditEvent.of(action, AuditOutcome.SUCCESS).object(type, id));
  }
}
