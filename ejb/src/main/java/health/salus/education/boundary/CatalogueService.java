package health.salus.education.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.consent.entity.ConsentCategory;
import health.salus.education.control.Choices;
import health.salus.education.control.EducationRepository;
import health.salus.education.control.Learners;
import health.salus.education.control.Readability;
import health.salus.education.control.Tailoring;
import health.salus.education.control.Tailoring.Candidate;
import health.salus.education.control.Tailoring.Learner;
import health.salus.education.control.Tailoring.Match;
import health.salus.education.control.Tailoring.Preference;
import health.salus.education.control.Tailoring.Reason;
import health.salus.education.control.VariantChoice;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.Enrolment;
import health.salus.education.entity.Lesson;
import health.salus.education.entity.LessonVariant;
import health.salus.education.entity.Programme;
import health.salus.education.entity.ReadingLevel;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.SafeMarkdown;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programmes as a learner sees them: the catalogue, a programme and its lessons, a lesson in
 * the variant asked for or the one that suits the caller (their profile and literacy screen; {@link
 * Tailoring}), its quiz, and a patient's recommendations (their conditions and age too). Any
 * signed-in user reads the catalogue; a patient's own progress shows beside it.
 */
@Stateless
public class CatalogueService {

  @Inject EducationRepository repository;
  @Inject Learners learners;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject AuditTrail audit;

  /** Every programme, by title, titled in this language (the caller's when null). */
  @PermitAll
  @AnySignedIn
  public List<ProgrammeSummary> programmes(String language) {
    ContentLanguage in = languageOr(language);
    return repository.programmes().stream().map(p -> ProgrammeSummary.of(p, in)).toList();
  }

  /** A programme and its lessons (404 when there is none); a patient's own progress with it. */
  @PermitAll
  @AnySignedIn
  public ProgrammeView programme(long id, String language) {
    ContentLanguage in = languageOr(language);
    Programme programme = found(repository.find(Programme.class, id));
    Long patientId = callers.current().patientId();
    Set<Long> done = patientId == null ? Set.of() : repository.completedLessons(patientId);
    Optional<Enrolment> enrolment =
        patientId == null ? Optional.empty() : repository.enrolment(patientId, id);
    return new ProgrammeView(
        programme.getId(),
        programme.titleIn(in),
        programme.getTitleZh(),
        programme.getTopic(),
        programme.getSummary(),
        programme.getConditionTerms(),
        programme.getMinAge(),
        programme.getVersion(),
        programme.getLessons().stream()
            .map(
                l ->
                    new LessonSummary(
                        l.getId(), l.getPosition(), titleIn(l, in), done.contains(l.getId())))
            .toList(),
        enrolment.map(Enrolment::getStatus).orElse(null));
  }

  /**
   * A lesson in a variant: each of level, language and format as asked (unknown ones: 400), the
   * rest as suits the caller; the nearest variant there is when that exact one is not written
   * ({@link VariantChoice}). 404 for a lesson that does not exist or has no variant yet.
   */
  @PermitAll
  @AnySignedIn
  public LessonView lesson(long id, String level, String language, String format) {
    ReadingLevel askedLevel = Choices.level(level);
    ContentLanguage askedLanguage = Choices.language(language);
    ContentFormat askedFormat = Choices.format(format);
    Lesson lesson = found(repository.find(Lesson.class, id));
    Preference suits = Tailoring.preference(learners.current(false));
    VariantChoice.Key wanted =
        new VariantChoice.Key(
            askedLevel != null ? askedLevel : suits.level(),
            askedLanguage != null ? askedLanguage : suits.language(),
            askedFormat != null ? askedFormat : suits.format());
    LessonVariant variant = chosen(lesson, wanted).orElseThrow(this::noLesson);
    Long patientId = callers.current().patientId();
    boolean completed =
        patientId != null && repository.completedLessons(patientId).contains(lesson.getId());
    String measure = Readability.measure(variant.getLanguage());
    return new LessonView(
        lesson.getId(),
        lesson.getProgramme().getId(),
        lesson.getProgramme().titleIn(variant.getLanguage()),
        lesson.getPosition(),
        variant.getTitle(),
        SafeMarkdown.toHtml(variant.getBody()),
        variant.getLevel(),
        variant.getLanguage().tag(),
        variant.getFormat(),
        measure,
        measure == null ? null : variant.getReadabilityGrade(),
        measure == null ? null : variant.getLevel().targetGrade(),
        variant.getMediaUrl(),
        lesson.getVariants().stream().map(VariantKey::of).toList(),
        !lesson.getQuestions().isEmpty(),
        completed);
  }

  /**
   * A lesson to print: the PRINT variant of the level and language asked for (unknown ones: 400),
   * the rest as suits the caller, or the nearest variant written ({@link VariantChoice}); 404 for a
   * lesson that does not exist or has no variant yet.
   */
  @PermitAll
  @AnySignedIn
  public PrintableLesson printable(long id, String level, String language) {
    ReadingLevel askedLevel = Choices.level(level);
    ContentLanguage askedLanguage = Choices.language(language);
    Lesson lesson = found(repository.find(Lesson.class, id));
    Preference suits = Tailoring.preference(learners.current(false));
    VariantChoice.Key wanted =
        new VariantChoice.Key(
            askedLevel != null ? askedLevel : suits.level(),
            askedLanguage != null ? askedLanguage : suits.language(),
            ContentFormat.PRINT);
    LessonVariant variant = chosen(lesson, wanted).orElseThrow(this::noLesson);
    return new PrintableLesson(
        lesson.getId(),
        lesson.getProgramme().titleIn(variant.getLanguage()),
        variant.getTitle(),
        variant.getBody(),
        variant.getLevel(),
        variant.getLanguage().tag(),
        variant.getFormat());
  }

  /** A lesson's quiz in this language (the caller's when null); 404 for no such lesson. */
  @PermitAll
  @AnySignedIn
  public QuizView quiz(long lessonId, String language) {
    ContentLanguage in = languageOr(language);
    Lesson lesson = found(repository.find(Lesson.class, lessonId));
    return new QuizView(
        lesson.getId(),
        lesson.getQuestions().stream()
            .map(
                q ->
                    new QuizView.Question(
                        q.getId(),
                        q.textIn(in),
                        q.getOptions().stream()
                            .map(o -> new QuizView.Option(o.getId(), o.textIn(in)))
                            .toList()))
            .toList());
  }

  /**
   * The programmes that suit the patient (their active conditions, their age), each with the lesson
   * to read next (the first not completed; a programme all done is left out) in the variant that
   * suits them, and why. Reading the conditions is the patient's own record (audited).
   */
  @RolesAllowed(Role.Names.PATIENT)
  public List<Recommendation> recommendations() {
    long patientId = callers.current().patientId();
    boolean conditions =
        accessPolicy.permits(
            patientId,
            Access.toRead("EDUCATION_RECOMMEND", "Patient", patientId, ConsentCategory.CONDITIONS));
    Learner learner = learners.current(conditions);
    Preference suits = Tailoring.preference(learner);
    Map<Long, Programme> programmes =
        repository.programmes().stream()
            .collect(Collectors.toMap(Programme::getId, Function.identity()));
    List<Candidate> candidates =
        programmes.values().stream()
            .sorted((a, b) -> a.getTitle().compareToIgnoreCase(b.getTitle()))
            .map(p -> new Candidate(p.getId(), p.conditionTermList(), p.getMinAge()))
            .toList();
    Set<Long> done = repository.completedLessons(patientId);
    List<Recommendation> items = new ArrayList<>();
    for (Match match : Tailoring.programmes(learner, candidates)) {
      Programme programme = programmes.get(match.programmeId());
      Optional<Lesson> next =
          programme.getLessons().stream()
              .filter(l -> !done.contains(l.getId()) && !l.getVariants().isEmpty())
              .findFirst();
      if (next.isEmpty()) {
        continue;
      }
      LessonVariant variant =
          chosen(next.get(), new VariantChoice.Key(suits.level(), suits.language(), suits.format()))
              .orElseThrow();
      List<Reason> reasons = new ArrayList<>(match.reasons());
      reasons.addAll(suits.reasons());
      items.add(
          new Recommendation(
              programme.getId(),
              programme.titleIn(suits.language()),
              next.get().getId(),
              variant.getTitle(),
              variant.getLevel(),
              variant.getLanguage().tag(),
              variant.getFormat(),
              reasons.stream().map(r -> new Why(r.key(), r.argument())).toList()));
    }
    audit.record(
        AuditEvent.of("EDUCATION_RECOMMEND", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId)
            .detail(items.size() + " programmes"));
    return items;
  }

  private static Optional<LessonVariant> chosen(Lesson lesson, VariantChoice.Key wanted) {
    List<LessonVariant> variants = lesson.getVariants();
    return VariantChoice.choose(
            variants.stream()
                .map(v -> new VariantChoice.Key(v.getLevel(), v.getLanguage(), v.getFormat()))
                .toList(),
            wanted)
        .flatMap(k -> lesson.variant(k.level(), k.language(), k.format()));
  }

  /** A lesson's title in a language: its standard text variant's, else the lesson's own. */
  static String titleIn(Lesson lesson, ContentLanguage language) {
    return lesson
        .variant(ReadingLevel.STANDARD, language, ContentFormat.TEXT)
        .map(LessonVariant::getTitle)
        .orElse(lesson.getTitle());
  }

  private ContentLanguage languageOr(String language) {
    ContentLanguage asked = Choices.language(language);
    return asked != null ? asked : Tailoring.preference(learners.current(false)).language();
  }

  private <T> T found(Optional<T> thing) {
    return thing.orElseThrow(this::noLesson);
  }

  private NotFoundException noLesson() {
    return new NotFoundException("education.notFound");
  }
}
