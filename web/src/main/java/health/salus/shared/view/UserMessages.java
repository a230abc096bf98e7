package health.salus.shared.view;

import health.salus.shared.boundary.InvalidInputException.Violation;
import health.salus.shared.entity.Refusal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns message keys of the business exceptions into the user's text, in the language of the
 * request ({@link RequestLanguage}; the page's language on the pages).
 */
public final class UserMessages {

  public static final String BUNDLE = "health.salus.i18n.messages";
  static final String VALIDATION_BUNDLE = "ValidationMessages";

  /** Never the server's own default locale: English is the base bundle. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  // A request thread's parsed patterns and number formats, by locale: neither is thread-safe. Only
  // the platform's own classes are kept in them, so that a thread keeps no class of an application
  // that has been undeployed.
  private static final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> MESSAGES =
      ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBERS =
      ThreadLocal.withInitial(HashMap::new);

  private UserMessages() {}

  /** The language text is written in for the request this thread serves. */
  public static Locale locale() {
    return RequestLanguage.current().locale();
  }

  public static String text(String key, Object... arguments) {
    return text(locale(), key, arguments);
  }

  public static String text(Locale locale, String key, Object... arguments) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
      return arguments.length == 0 ? pattern : format(locale, pattern, arguments);
    } catch (MissingResourceException unknownKey) {
      return key;
    }
  }

  /**
   * The pattern filled in, as {@code new MessageFormat(pattern, locale).format(arguments)} would,
   * without parsing the pattern and making a number format at each call (a page formats several
   * texts, the header's unread count on every page): each request thread keeps the patterns it has
   * parsed, and a number where the pattern gives no format of its own is written with the thread's
   * number format of the locale, as MessageFormat would write it (in a pattern whose placeholders
   * carry no format of their own; any other is formatted as it says).
   */
  private static String format(Locale locale, String pattern, Object[] arguments) {
    MessageFormat message =
        MESSAGES
            .get()
            .computeIfAbsent(locale, l -> new HashMap<>())
            .computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
    for (Format own : message.getFormats()) {
      if (own != null) {
        return message.format(arguments); // a choice or number format of its own: as it says
      }
    }
    Object[] filled = arguments;
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof Number number) {
        if (filled == arguments) {
          filled = arguments.clone();
        }
        filled[i] = NUMBERS.get().computeIfAbsent(locale, NumberFormat::getInstance).format(number);
      }
    }
    return message.format(filled);
  }

  public static String text(Refusal e) {
    return text(e.messageKey(), e.arguments());
  }

  /**
   * A field's violation: a key of the messages bundle or of the bean validation messages
   * (ValidationMessages), else its text as the validator wrote it.
   */
  public static String text(Violation violation) {
    String key = violation.messageKey();
    if (key == null) {
      return violation.text();
    }
    Locale locale = locale();
    for (String bundle : new String[] {BUNDLE, VALIDATION_BUNDLE}) {
      try {
        return ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).getString(key);
      } catch (MissingResourceException notThere) {
        // the next bundle, then the validator's own text
      }
    }
    return violation.text() != null ? violation.text() : key;
  }
}
