package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The texts come out as {@code new MessageFormat(pattern, locale).format(arguments)} writes them,
 * for every key of both bundles, again and again, in locales that write numbers differently.
 */
class UserMessagesTest {

  private static final Object[] NUMBERS = {1234567, 2, 0, 1.5, 42L, 7, 3, 9};
  private static final Object[] MIXED = {"Dr Chen", 1234567, "x", 2, "y", 3, "z", 4};

  @Test
  void everyTextReadsAsMessageFormatWritesIt() {
    int compared = 0;
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.GERMANY}) {
      ResourceBundle bundle = ResourceBundle.getBundle(UserMessages.BUNDLE, locale);
      for (String key : bundle.keySet()) {
        String pattern = bundle.getString(key);
        for (Object[] arguments : new Object[][] {NUMBERS, MIXED}) {
          String expected = formatted(pattern, locale, arguments);
          if (expected == null) {
            continue; // a format of its own that these arguments do not fit (a choice of text)
          }
          for (int time = 0; time < 2; time++) {
            assertThat(UserMessages.text(locale, key, arguments)).as(key).isEqualTo(expected);
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void numbersAreWrittenInTheTextsLocale() {
    // A key whose pattern is a plain placeholder among words.
    assertThat(UserMessages.text(Locale.GERMANY, "notifications.menu", 1234567))
        .contains("1.234.567");
    assertThat(UserMessages.text(Locale.ENGLISH, "notifications.menu", 1234567))
        .contains("1,234,567");
  }

  private static String formatted(String pattern, Locale locale, Object[] arguments) {
    try {
      return new MessageFormat(pattern, locale).format(arguments);
    } catch (IllegalArgumentException unfit) {
      return null;
    }
  }
}
