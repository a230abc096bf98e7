package health.salus.moderation.control;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import health.salus.moderation.control.WatchedWordMatcher.Term;
import health.salus.moderation.entity.WatchedWordAction;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two safety signals in what a member is about to publish, found before anything is stored.
 *
 * <p>A crisis: words that suggest self-harm or suicide, in English and Chinese, matched like
 * watched words ({@link WatchedWordMatcher}: whole words, case-insensitive, by substring for
 * Chinese). Such a text is held for a moderator, who is alerted at once, and the author is shown
 * crisis-support contacts. The list is fixed here rather than kept with the editable watched words:
 * an admin must not be able to switch it off by accident.
 *
 * <p>Personal identifiers: a phone number (Google's libphonenumber, Australian and international
 * forms, valid numbers only), an e-mail address, or a Medicare card number (ten digits whose check
 * digit is right, in the usual 4-5-1 grouping or none). The author is warned before publishing.
 */
public final class SafetySignals {

  /** A kind of personal identifier found in a text. */
  public enum Identifier {
    PHONE,
    EMAIL,
    MEDICARE
  }

  static final List<String> CRISIS_TERMS =
      List.of(
          "suicide",
          "suicidal",
          "kill myself",
          "killing myself",
          "end my life",
          "ending my life",
          "take my own life",
          "want to die",
          "wanna die",
          "better off dead",
          "no reason to live",
          "self harm",
          "self-harm",
          "hurt myself",
          "hurting myself",
          "cut myself",
          "cutting myself",
          "overdose on purpose",
          "自杀",
          "轻生",
          "想死",
          "不想活",
          "结束生命",
          "结束自己的生命",
          "自残",
          "伤害自己",
          "活不下去");

  private static final List<Term> CRISIS =
      CRISIS_TERMS.stream().map(t -> new Term(t, WatchedWordAction.HOLD)).toList();

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\w.+-])[\\w.+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![\\w-])");

  /** Ten digits, alone or grouped 4-5-1 by spaces or hyphens, not inside a longer number. */
  private static final Pattern MEDICARE =
      Pattern.compile("(?<![\\d-])([2-6]\\d{3})[ -]?(\\d{5})[ -]?(\\d)(?![\\d-])");

  private static final int[] MEDICARE_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9};

  private SafetySignals() {}

  /** The crisis phrase found in the text, if any. */
  public static Optional<String> crisis(String text) {
    return WatchedWordMatcher.strongest(text, CRISIS).map(WatchedWordMatcher.Match::term);
  }

  /** The kinds of personal identifier in the text (empty when none). */
  public static Set<Identifier> identifiers(String text) {
    Set<Identifier> found = EnumSet.noneOf(Identifier.class);
    if (text == null || text.isBlank()) {
      return found;
    }
    if (EMAIL.matcher(text).find()) {
      found.add(Identifier.EMAIL);
    }
    if (hasMedicareNumber(text)) {
      found.add(Identifier.MEDICARE);
    }
    if (PhoneNumberUtil.getInstance()
        .findNumbers(text, "AU", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)
        .iterator()
        .hasNext()) {
      found.add(Identifier.PHONE);
    }
    return found;
  }

  private static boolean hasMedicareNumber(String text) {
    Matcher m = MEDICARE.matcher(text);
    while (m.find()) {
      String digits = m.group(1) + m.group(2);
      int sum = 0;
      for (int i = 0; i < MEDICARE_WEIGHTS.length; i++) {
        sum += (digits.charAt(i) - '0') * MEDICARE_WEIGHTS[i];
      }
      if (sum % 10 == digits.charAt(8) - '0') {
        return true;
      }
    }
    return false;
  }
}
