package health.salus.education.control;

import health.salus.directory.control.DemoPeople;
import health.salus.education.control.DemoLessons.LessonText;
import health.salus.education.control.DemoLessons.ProgrammeText;
import health.salus.education.control.DemoLessons.Question;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.Enrolment;
import health.salus.education.entity.FormsConfidence;
import health.salus.education.entity.Lesson;
import health.salus.education.entity.LessonChoice;
import health.salus.education.entity.LessonCompletion;
import health.salus.education.entity.LiteracyAnswers;
import health.salus.education.entity.Programme;
import health.salus.education.entity.ProgrammeDetails;
import health.salus.education.entity.QuestionnaireResponse;
import health.salus.education.entity.QuizOption;
import health.salus.education.entity.QuizQuestion;
import health.salus.education.entity.ReadingLevel;
import health.salus.education.entity.VariantText;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo programmes, by edu.nguyen: type 2 diabetes, heart health, and healthy ageing (falls),
 * each of two lessons written easy read, standard and detailed in English and Chinese, with an
 * easy-read low-bandwidth variant in each language, a video of the first diabetes lesson, and a
 * three-question quiz per lesson. alice took the literacy screen a month ago (LIMITED), enrolled in
 * the diabetes programme and finished its first lesson; cm.smith, bob's case manager, assigned him
 * the diabetes programme as part of his care plan. Seeded in demo mode into an empty programme
 * table, after the accounts and the records.
 */
@ApplicationScoped
public class EducationInitialData {

  /** Why cm.smith assigned bob the diabetes programme (the demo's assignment). */
  static final String ASSIGNED_TO_BOB =
      "Part of your care plan since your hospital stay: looking after your diabetes at home.";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.EDUCATION) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(p) FROM Programme p", Long.class).getSingleResult() == 0;
    Optional<UserAccount> educator = people.account("edu.nguyen");
    if (!request.demo() || !empty || educator.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Instant written = now.minus(Duration.ofDays(60));
    List<Programme> programmes = new ArrayList<>();
    for (ProgrammeText text : DemoLessons.ALL) {
      programmes.add(programme(text, educator.get(), written));
    }
    people.patient("alice").ifPresent(alice -> seedAlice(alice, programmes.get(0), now));
    Optional<Patient> bob = people.patient("bob");
    Optional<UserAccount> caseManager = people.account("cm.smith");
    if (bob.isPresent() && caseManager.isPresent()) {
      em.persist(
          new Enrolment(
              bob.get(),
              programmes.get(0),
              caseManager.get(),
              ASSIGNED_TO_BOB,
              now.minus(Duration.ofDays(5))));
    }
    // bob reads well and keeps the detailed English text for every lesson (his kept choice).
    bob.ifPresent(
        b ->
            em.persist(
                new LessonChoice(
                    b,
                    ReadingLevel.DETAILED,
                    ContentLanguage.EN,
                    ContentFormat.TEXT,
                    now.minus(Duration.ofDays(4)))));
  }

  private Programme programme(ProgrammeText text, UserAccount educator, Instant at) {
    Programme programme =
        new Programme(
            new ProgrammeDetails(
                text.title(),
                text.titleZh(),
                text.topic(),
                text.summary(),
                text.terms(),
                text.minAge()),
            educator,
            at);
    em.persist(programme);
    boolean first = true;
    for (LessonText lessonText : text.lessons()) {
      Lesson lesson = programme.addLesson(lessonText.titleEn());
      em.persist(lesson);
      variants(lesson, lessonText, at);
      if (first && text.topic().equals("Diabetes")) {
        variant(
            lesson,
            ReadingLevel.STANDARD,
            ContentLanguage.EN,
            ContentFormat.VIDEO,
            lessonText.titleEn(),
            lessonText.standardEn(),
            "https://media.harbourside.example.org/education/what-is-type-2-diabetes.mp4",
            at);
      }
      first = false;
      for (Question q : lessonText.quiz()) {
        List<QuizOption.Draft> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
          options.add(
              new QuizOption.Draft(q.options().get(i)[0], q.options().get(i)[1], i == q.correct()));
        }
        QuizQuestion question = lesson.addQuestion(q.en(), q.zh(), options);
        em.persist(question);
      }
    }
    return programme;
  }

  private void variants(Lesson lesson, LessonText t, Instant at) {
    ContentLanguage en = ContentLanguage.EN;
    ContentLanguage zh = ContentLanguage.ZH_HANS;
    ContentFormat text = ContentFormat.TEXT;
    variant(lesson, ReadingLevel.EASY_READ, en, text, t.titleEn(), t.easyEn(), null, at);
    variant(lesson, ReadingLevel.STANDARD, en, text, t.titleEn(), t.standardEn(), null, at);
    variant(lesson, ReadingLevel.DETAILED, en, text, t.titleEn(), t.detailedEn(), null, at);
    variant(lesson, ReadingLevel.EASY_READ, zh, text, t.titleZh(), t.easyZh(), null, at);
    variant(lesson, ReadingLevel.STANDARD, zh, text, t.titleZh(), t.standardZh(), null, at);
    variant(lesson, ReadingLevel.DETAILED, zh, text, t.titleZh(), t.detailedZh(), null, at);
    ContentFormat light = ContentFormat.LOW_BANDWIDTH;
    variant(lesson, ReadingLevel.EASY_READ, en, light, t.titleEn(), t.easyEn(), null, at);
    variant(lesson, ReadingLevel.EASY_READ, zh, light, t.titleZh(), t.easyZh(), null, at);
  }

  private void variant(
      Lesson lesson,
      ReadingLevel level,
      ContentLanguage language,
      ContentFormat format,
      String title,
      String body,
      String mediaUrl,
      Instant at) {
    em.persist(
        lesson.write(
            new VariantText(level, language, format, title, body, mediaUrl),
            Readability.grade(body, language),
            at));
  }

  private void seedAlice(Patient alice, Programme diabetes, Instant now) {
    em.persist(
        QuestionnaireResponse.literacyScreen(
            alice,
            new LiteracyAnswers(4, FormsConfidence.A_LITTLE),
            alice.getAccount(),
            now.minus(Duration.ofDays(30))));
    em.persist(new Enrolment(alice, diabetes, alice.getAccount(), now.minus(Duration.ofDays(20))));
    Lesson first = diabetes.getLessons().get(0);
    em.persist(new LessonCompletion(alice, first, 3, 3, now.minus(Duration.ofDays(18))));
  }
}
