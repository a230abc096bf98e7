package health.salus.education.control;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.FormsConfidence;
import health.salus.education.entity.ReadingLevel;
import health.salus.shared.boundary.InvalidInputException;
import java.util.Locale;

/** Reads the level, language, format and forms answer a request names; unknown ones are 400. */
public final class Choices {

  private Choices() {}

  public static ReadingLevel level(String value) {
    return blank(value) ? null : parse(ReadingLevel.class, value, "level", "education.badLevel");
  }

  public static ContentFormat format(String value) {
    return blank(value) ? null : parse(ContentFormat.class, value, "format", "education.badFormat");
  }

  public static FormsConfidence forms(String value) {
    return blank(value)
        ? null
        : parse(FormsConfidence.class, value, "confidentWithForms", "learn.screening.badForms");
  }

  public static ContentLanguage language(String value) {
    if (blank(value)) {
      return null;
    }
    return ContentLanguage.of(value)
        .orElseThrow(() -> new InvalidInputException("language", "education.badLanguage"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, String key) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(field, key);
    }
  }
}
