package health.salus.shared.control;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of English text: 0.39 × words per sentence + 11.8 × syllables per
 * word − 15.59. Syllables are counted by the usual rule of thumb (groups of vowels, less a silent
 * final e, es or ed), which is within one syllable for nearly every common word. Used by the
 * readability of lesson variants and by the plain-language check of the page bundles.
 */
public final class FleschKincaid {

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s|$)");
  private static final Pattern SILENT_END =
      Pattern.compile("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]{1,2}");

  private int words;
  private int sentences;
  private int syllables;

  /** Adds a text: its words, syllables and sentences (a text without an end mark is one). */
  public FleschKincaid add(String text) {
    Matcher w = WORD.matcher(text);
    int found = 0;
    while (w.find()) {
      found++;
      syllables += syllables(w.group());
    }
    if (found == 0) {
      return this;
    }
    words += found;
    int ends = 0;
    Matcher s = SENTENCE_END.matcher(text.strip());
    while (s.find()) {
      ends++;
    }
    sentences += Math.max(1, ends);
    return this;
  }

  public int words() {
    return words;
  }

  public double grade() {
    if (words == 0) {
      return 0;
    }
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }

  public static double grade(String text) {
    return new FleschKincaid().add(text).grade();
  }

  public static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("['’].*$", "");
    if (w.length() <= 3) {
      return 1;
    }
    w = SILENT_END.matcher(w).replaceFirst(m -> m.group().substring(0, 1));
    w = w.replaceFirst("^y", "");
    Matcher v = VOWELS.matcher(w);
    int count = 0;
    while (v.find()) {
      count++;
    }
    return Math.max(1, count);
  }
}
