package health.salus.moderation.control;

import health.salus.moderation.entity.WatchedWord;
import health.salus.moderation.entity.WatchedWordAction;
import java.util.Collection;
import java.util.Optional;

/**
 * Finds watched words in a text, as plain text and never as a pattern, so no term (such as {@code
 * a.*b}, {@code (} or {@code \}) can break matching or match more than itself. Text and terms are
 * compared normalised ({@link WatchedWord#normalise}: NFKC, lower case, single spaces). A term with
 * Chinese characters matches anywhere (Chinese is written without spaces); any other term matches
 * as a whole word: the characters beside it are not letters or digits (a Chinese character counts
 * as a boundary, so {@code 买viagra} still matches {@code viagra}). The strongest action found wins
 * (block, then hold, then flag).
 */
public final class WatchedWordMatcher {

  private WatchedWordMatcher() {}

  /** A term and what it does. */
  public record Term(String term, WatchedWordAction action) {}

  /** The watched word found and its action. */
  public record Match(String term, WatchedWordAction action) {}

  /** The strongest watched word in the text, if any. */
  public static Optional<Match> strongest(String text, Collection<Term> terms) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String normal = WatchedWord.normalise(text);
    Match best = null;
    for (Term term : terms) {
      String wanted = WatchedWord.normalise(term.term());
      if (wanted.isEmpty() || (best != null && best.action().compareTo(term.action()) >= 0)) {
        continue;
      }
      if (contains(normal, wanted)) {
        best = new Match(wanted, term.action());
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the normalised text holds the normalised term, by the rules above. */
  static boolean contains(String text, String term) {
    if (hasHan(term)) {
      return text.contains(term);
    }
    for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      int end = at + term.length();
      boolean startsClear =
          !isWordChar(term.codePointAt(0)) || at == 0 || !isWordChar(text.codePointBefore(at));
      boolean endsClear =
          !isWordChar(term.codePointBefore(term.length()))
              || end == text.length()
              || !isWordChar(text.codePointAt(end));
      if (startsClear && endsClear) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint) && !isHan(codePoint);
  }

  private static boolean hasHan(String term) {
    return term.codePoints().anyMatch(WatchedWordMatcher::isHan);
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
