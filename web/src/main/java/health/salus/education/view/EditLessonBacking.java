package health.salus.education.view;

import health.salus.education.boundary.AuthoredLesson;
import health.salus.education.boundary.AuthoredVariant;
import health.salus.education.boundary.AuthoringService;
import health.salus.education.boundary.VariantInput;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.ReadingLevel;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One lesson for its educator ({@code ?id=}, and {@code variant=} to edit one): every variant with
 * its readability grade against the level's target, and a form to write a variant.
 */
@Named
@ViewScoped
public class EditLessonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuthoringService authoring;

  private long id;
  private Long variant;
  private AuthoredLesson lesson;
  private String level = ReadingLevel.STANDARD.name();
  private String language = ContentLanguage.EN.tag();
  private String format = ContentFormat.TEXT.name();
  private String title;
  private String body;
  private String mediaUrl;

  /** Loads the lesson, and the variant to edit when one is named (view action). */
  public void load() throws IOException {
    try {
      lesson = authoring.lessonForAuthor(id);
    } catch (NotFoundException none) {
      PageAction.sendError(404);
      return;
    }
    lesson.variants().stream()
        .filter(v -> variant != null && v.id() == variant)
        .findFirst()
        .ifPresent(this::fill);
  }

  private void fill(AuthoredVariant v) {
    level = v.level().name();
    language = v.language();
    format = v.format().name();
    title = v.title();
    body = v.body();
    mediaUrl = v.mediaUrl();
  }

  public void save() throws IOException {
    AuthoredVariant[] saved = new AuthoredVariant[1];
    if (PageAction.attempt(
        () ->
            saved[0] =
                authoring.writeVariant(
                    id, new VariantInput(level, language, format, title, body, mediaUrl)),
        "variant",
        Map.of())) {
      PageMessages.flashInfo(
          saved[0].readabilityMeasure() == null
              ? "education.author.variantSavedNoMeasure"
              : saved[0].readabilityGrade() == null
                  ? "education.author.variantSaved"
                  : saved[0].withinTarget()
                      ? "education.author.variantWithin"
                      : "education.author.variantAbove",
          saved[0].readabilityGrade(),
          saved[0].targetGrade());
      PageAction.redirect("/education/author/lesson.xhtml?id=" + id + "&variant=" + saved[0].id());
    }
  }

  public List<ReadingLevel> getLevels() {
    return List.of(ReadingLevel.values());
  }

  public List<String> getLanguages() {
    return List.of(ContentLanguage.EN.tag(), ContentLanguage.ZH_HANS.tag());
  }

  public List<ContentFormat> getFormats() {
    return List.of(ContentFormat.values());
  }

  public AuthoredLesson getLesson() {
    return lesson;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Long getVariant() {
    return variant;
  }

  public void setVariant(Long variant) {
    this.variant = variant;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getMediaUrl() {
    return mediaUrl;
  }

  public void setMediaUrl(String mediaUrl) {
    this.mediaUrl = mediaUrl;
  }
}
