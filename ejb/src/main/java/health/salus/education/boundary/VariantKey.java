package health.salus.education.boundary;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.LessonVariant;
import health.salus.education.entity.ReadingLevel;
import java.io.Serializable;

/** Which variant of a lesson: its level, language (BCP 47) and format. */
public record VariantKey(ReadingLevel level, String language, ContentFormat format)
    implements Serializable {

  static VariantKey of(LessonVariant v) {
    return new VariantKey(v.getLevel(), v.getLanguage().tag(), v.getFormat());
  }

  static VariantKey of(ReadingLevel level, ContentLanguage language, ContentFormat format) {
    return new VariantKey(level, language.tag(), format);
  }
}
