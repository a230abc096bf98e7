package health.salus.education.boundary;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.LessonVariant;
import health.salus.education.entity.ReadingLevel;
import java.io.Serializable;
import java.time.Instant;

/**
 * A variant as its author sees it: which one, its text, its readability grade (English only)
 * against the level's target, and whether it is within it.
 */
public record AuthoredVariant(
    long id,
    ReadingLevel level,
    String language,
    ContentFormat format,
    String title,
    String body,
    String mediaUrl,
    Double readabilityGrade,
    int targetGrade,
    boolean withinTarget,
    Instant updatedAt)
    implements Serializable {

  static AuthoredVariant of(LessonVariant v) {
    return new AuthoredVariant(
        v.getId(),
        v.getLevel(),
        v.getLanguage().tag(),
        v.getFormat(),
        v.getTitle(),
        v.getBody(),
        v.getMediaUrl(),
        v.getReadabilityGrade(),
        v.getLevel().targetGrade(),
        v.withinTarget(),
        v.getUpdatedAt());
  }
}
