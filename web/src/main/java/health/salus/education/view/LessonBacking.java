package health.salus.education.view;

import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.LearningService;
import health.salus.education.boundary.LessonChoiceInput;
import health.salus.education.boundary.LessonChoiceService;
import health.salus.education.boundary.LessonChoiceView;
import health.salus.education.boundary.LessonView;
import health.salus.education.boundary.PrintableLesson;
import health.salus.education.boundary.QuizAnswers;
import health.salus.education.boundary.QuizResult;
import health.salus.education.boundary.QuizView;
import health.salus.education.boundary.VariantKey;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ReadingLevel;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.FileDownload;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One lesson ({@code ?id=}, and {@code level}, {@code language}, {@code format} to choose a
 * variant; without them the one that suits the reader): its text, a switcher to the other variants
 * (a patient may keep the one shown for all their lessons, or go back to the suggestion), and its
 * quiz.
 */
@Named
@ViewScoped
public class LessonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogueService catalogue;
  @Inject LearningService learning;
  @Inject LessonPdf lessonPdf;
  @Inject LessonChoiceService choices;

  private long id;
  private String level;
  private String language;
  private String format;
  private LessonView lesson;
  private QuizView quiz;
  private LessonChoiceView choice;
  private final Map<Long, String> answers = new HashMap<>();

  /** Loads the lesson and its quiz (view action); 404 for none, 400 for an unknown variant. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      lesson = catalogue.lesson(id, level, language, format);
      quiz = catalogue.quiz(id, lesson.language());
      if (faces.getExternalContext().isUserInRole(Role.Names.PATIENT)) {
        choice = choices.current().orElse(null);
      }
    } catch (NotFoundException none) {
      PageAction.sendError(404);
    } catch (Refusal bad) {
      PageAction.sendError(400);
    }
  }

  /** Sends the quiz answers; the result is told on the same variant of the lesson. */
  public void answer() throws IOException {
    List<QuizAnswers.Answer> chosen = new ArrayList<>();
    answers.forEach(
        (question, option) -> {
          if (option != null && !option.isBlank()) {
            chosen.add(new QuizAnswers.Answer(question, Long.valueOf(option)));
          }
        });
    QuizResult[] result = new QuizResult[1];
    if (PageAction.attempt(
        () -> result[0] = learning.answer(id, new QuizAnswers(chosen)), "quiz", Map.of())) {
      PageMessages.flashInfo(
          result[0].passed() ? "learn.quiz.passed" : "learn.quiz.notPassed",
          result[0].score(),
          result[0].outOf());
      PageAction.redirect(selfLink());
    }
  }

  /** The patient keeps the variant shown for all their lessons. */
  public void keepChoice() throws IOException {
    PageAction.change(
        () ->
            choices.keep(
                new LessonChoiceInput(
                    lesson.level().name(), lesson.language(), lesson.format().name())),
        "choice",
        selfLink(),
        "learn.choice.kept");
  }

  /** The patient goes back to the variant tailoring suggests, here and in every lesson. */
  public void forgetChoice() throws IOException {
    PageAction.change(
        choices::forget, "choice", "/education/lesson.xhtml?id=" + id, "learn.choice.forgotten");
  }

  /** Whether the patient chose a variant for all their lessons. */
  public boolean isChosen() {
    return choice != null;
  }

  /** Whether the variant shown is the one the patient keeps for all their lessons. */
  public boolean isKept() {
    return choice != null
        && choice.level() == lesson.level()
        && choice.language().equals(lesson.language())
        && choice.format() == lesson.format();
  }

  /** The variant shown, at its level and in its language, as a printable PDF. */
  public void pdf() {
    PrintableLesson printable = catalogue.printable(id, lesson.level().name(), lesson.language());
    FileDownload.send(
        LessonPdf.MEDIA_TYPE, lessonPdf.fileName(printable), lessonPdf.render(printable));
  }

  /** This page on the variant shown. */
  public String selfLink() {
    return link(lesson.level(), lesson.language(), lesson.format());
  }

  private String link(ReadingLevel l, String lang, ContentFormat f) {
    return "/education/lesson.xhtml?id="
        + id
        + "&level="
        + l
        + "&language="
        + URLEncoder.encode(lang, StandardCharsets.UTF_8)
        + "&format="
        + f;
  }

  /** The levels, languages and formats the lesson is written in, for the switcher. */
  public List<ReadingLevel> getLevels() {
    return lesson.variants().stream().map(VariantKey::level).distinct().sorted().toList();
  }

  public List<String> getLanguages() {
    return lesson.variants().stream().map(VariantKey::language).distinct().sorted().toList();
  }

  public List<ContentFormat> getFormats() {
    return lesson.variants().stream().map(VariantKey::format).distinct().sorted().toList();
  }

  /** Whether the variant shown is exactly what the switcher asked for. */
  public boolean isExact() {
    return (level == null || level.isBlank() || lesson.level().name().equals(level))
        && (format == null || format.isBlank() || lesson.format().name().equals(format));
  }

  public LessonView getLesson() {
    return lesson;
  }

  public QuizView getQuiz() {
    return quiz;
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }
}
