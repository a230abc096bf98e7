package health.salus.education.api;

import health.salus.education.boundary.Recommendation;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ReadingLevel;
import health.salus.education.view.Reasons;

/** A recommendation as the API shows it, with {@code why} worded in the caller's language. */
public record RecommendationItem(
    long programmeId,
    String programmeTitle,
    long lessonId,
    String lessonTitle,
    ReadingLevel level,
    String language,
    ContentFormat format,
    String why) {

  static RecommendationItem of(Recommendation r) {
    return new RecommendationItem(
        r.programmeId(),
        r.programmeTitle(),
        r.lessonId(),
        r.lessonTitle(),
        r.level(),
        r.language(),
        r.format(),
        Reasons.why(r.reasons()));
  }
}
