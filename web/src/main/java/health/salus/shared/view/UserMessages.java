package health.salus.shared.view;

import health.salus.shared.boundary.InvalidInputException.Violation;
import health.salus.shared.entity.Refusal;
import java.text.MessageFormat;
import java.util.Locale;
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
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException unknownKey) {
      return key;
    }
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
