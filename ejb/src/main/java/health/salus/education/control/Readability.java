package health.salus.education.control;

import health.salus.education.entity.ContentLanguage;
import health.salus.shared.control.FleschKincaid;
import java.util.regex.Pattern;

/**
 * The readability grade of a lesson variant: the Flesch-Kincaid grade of its English text, read
 * from the Markdown as a reader sees it (link targets, code marks and emphasis left out; a heading
 * or list item without an end mark counts as a sentence), to one decimal. None for Chinese (the
 * issue allows a published Chinese measure or none; none is used): Flesch-Kincaid counts English
 * syllables and words and means nothing on Chinese text, so a Chinese variant has no grade, no
 * measure and no target, whatever its text.
 */
public final class Readability {

  /** The name of the one measure used, for English text. */
  public static final String FLESCH_KINCAID = "FLESCH_KINCAID";

  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern MARKS = Pattern.compile("[*_`>#]+");
  private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-+]|\\d+[.)])\\s+");
  private static final Pattern ENDS = Pattern.compile(".*[.!?:;]$");

  private Readability() {}

  /** The measure used for text in this language: Flesch-Kincaid for English, none (null) else. */
  public static String measure(ContentLanguage language) {
    return language == ContentLanguage.EN ? FLESCH_KINCAID : null;
  }

  /** The grade, or null for a language without a measure or a text without words. */
  public static Double grade(String markdown, ContentLanguage language) {
    if (measure(language) == null || markdown == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (String line : markdown.split("\\R")) {
      String plain = LINK.matcher(line).replaceAll("$1");
      plain = LIST_MARK.matcher(plain).replaceFirst("");
      plain = MARKS.matcher(plain).replaceAll("").strip();
      if (plain.isEmpty()) {
        continue;
      }
      text.append(plain);
      if (!ENDS.matcher(plain).matches()) {
        text.append('.');
      }
      text.append('\n');
    }
    FleschKincaid measure = new FleschKincaid().add(text.toString());
    if (measure.words() == 0) {
      return null;
    }
    return Math.round(measure.grade() * 10) / 10.0;
  }
}
