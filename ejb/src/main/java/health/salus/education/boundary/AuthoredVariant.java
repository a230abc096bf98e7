package health.salus.education.boundary;

import health.salus.education.control.Readability;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.LessonVariant;
import health.salus.education.entity.ReadingLevel;
import java.io.Serializable;
import java.time.Instant;

/**
 * A variant as its author sees it: which one, its text, its readability grade against the level's
 * target and whether it is within it, with the measure used ({@code FLESCH_KINCAID}). English only:
 * a Chinese variant has no measure, no grade, no target and no verdict (all null).
 */
public record AuthoredVariant(
    long id,
    ReadingLevel level,
    String language,
    ContentFormat format,
    String title,
    String body,
    String mediaUrl,
    String readabilityMeasure,
    Double readabilityGrade,
    Integer targetGrade,
    Boolean withinTarget,
    Instant updatedAt)
    implements Serializable {

  static AuthoredVariant of(LessonVariant v) {
    String measure = Readability.measure(v.getLanguage());
    return new AuthoredVariant(
        v.getId(),
        v.getLevel(),
        v.getLanguage().tag(),
        v.getFormat(),
        v.getTitle(),
        v.getBody(),
        v.getMediaUrl(),
        measure,
        measure == null ? null : v.getReadabilityGrade(),
        measure == null ? null : v.getLevel().targetGrade(),
        measure == null ? null : v.withinTarget(),
        v.getUpdatedAt());
  }
}
