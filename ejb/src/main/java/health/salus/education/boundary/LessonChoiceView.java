package health.salus.education.boundary;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.LessonChoice;
import health.salus.education.entity.ReadingLevel;
import java.io.Serializable;
import java.time.Instant;

/** The variant a patient chose for all their lessons, and when. */
public record LessonChoiceView(
    ReadingLevel level, String language, ContentFormat format, Instant chosenAt)
    implements Serializable {

  static LessonChoiceView of(LessonChoice c) {
    return new LessonChoiceView(
        c.getLevel(), c.getLanguage().tag(), c.getFormat(), c.getChosenAt());
  }
}
