package health.salus.education.entity;

import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/**
 * A lesson as written for one reading level, language and format: title, Markdown body (shown only
 * through the sanitising renderer), the https link of the recording for audio and video, and the
 * Flesch-Kincaid grade of the English text as measured when it was saved (null for Chinese).
 */
@Entity
@Table(name = "edu_lesson_variant")
public class LessonVariant {

  public static final int BODY_MAX = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lesson_id")
  private Lesson lesson;

  @Enumerated(EnumType.STRING)
  @Column(name = "reading_level", nullable = false)
  private ReadingLevel level;

  @Convert(converter = ContentLanguageConverter.class)
  @Column(nullable = false)
  private ContentLanguage language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContentFormat format;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = BODY_MAX)
  private String body;

  @Column(name = "media_url", length = 500)
  private String mediaUrl;

  @Column(name = "readability_grade")
  private Double readabilityGrade;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected LessonVariant() {}

  LessonVariant(Lesson lesson, VariantText text, Double grade, Instant at) {
    this.lesson = lesson;
    this.level = text.level();
    this.language = text.language();
    this.format = text.format();
    revise(text, grade, at);
  }

  void revise(VariantText text, Double grade, Instant at) {
    String newTitle = Texts.required(text.title(), "title", 200);
    String newBody = Texts.required(text.body(), "body", BODY_MAX);
    String link = Texts.optional(text.mediaUrl(), "mediaUrl", 500);
    if (format.hasMedia() && link == null) {
      throw Refusal.invalid("mediaUrl", "education.mediaRequired");
    }
    if (link != null && !secureLink(link)) {
      throw Refusal.invalid("mediaUrl", "education.mediaLink");
    }
    this.title = newTitle;
    this.body = newBody;
    this.mediaUrl = link;
    this.readabilityGrade = language == ContentLanguage.EN ? grade : null;
    this.updatedAt = at;
  }

  private static boolean secureLink(String link) {
    try {
      URI uri = new URI(link);
      return "https"
              .equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
          && uri.getHost() != null;
    } catch (URISyntaxException bad) {
      return false;
    }
  }

  /** Whether the measured grade is within the level's target (true when none is measured). */
  public boolean withinTarget() {
    return readabilityGrade == null || readabilityGrade <= level.targetGrade();
  }

  public Long getId() {
    return id;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public ReadingLevel getLevel() {
    return level;
  }

  public ContentLanguage getLanguage() {
    return language;
  }

  public ContentFormat getFormat() {
    return format;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public String getMediaUrl() {
    return mediaUrl;
  }

  public Double getReadabilityGrade() {
    return readabilityGrade;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
