package health.salus.shared.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates, times and money the way the reader's language writes them. The date patterns are texts of
 * the messages bundle ({@code format.*}), so each language keeps its own; money is always
 * Australian dollars, written for the language (A$ / AU$ where the dollar alone would mislead).
 */
public final class LocalFormats {

  private static final Currency AUD = Currency.getInstance("AUD");
  private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();
  private static final Map<Locale, NumberFormat> MONEY = new ConcurrentHashMap<>();

  private LocalFormats() {}

  /** The formatter of a {@code format.*} key of the bundle, in the current language. */
  public static DateTimeFormatter pattern(String key) {
    return pattern(UserMessages.locale(), key);
  }

  public static DateTimeFormatter pattern(Locale locale, String key) {
    return PATTERNS.computeIfAbsent(
        locale.toLanguageTag() + "|" + key,
        k -> DateTimeFormatter.ofPattern(UserMessages.text(locale, key), locale));
  }

  /** An amount in Australian dollars, such as $95.00 in English and AU$95.00 in Chinese. */
  public static String money(BigDecimal amount) {
    return money(UserMessages.locale(), amount);
  }

  private static NumberFormat currencyFormat(Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(AUD);
    return format;
  }

  public static String money(Locale locale, BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    // A copy of the language's format: NumberFormat.getCurrencyInstance builds one anew from the
    // locale's data (3 % of the invoices page in JFR), and a format may not be shared by threads.
    NumberFormat format =
        (NumberFormat) MONEY.computeIfAbsent(locale, LocalFormats::currencyFormat).clone();
    return format.format(amount);
  }
}
