package health.salus.shared.view;

import health.salus.shared.boundary.InvalidInputException.Violation;
import health.salus.shared.entity.Refusal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns message keys of the business exceptions into the user's text (en-AU). */
public final class UserMessages {

  public static final String BUNDLE = "health.salus.i18n.messages";
  public static final Locale LOCALE = Locale.forLanguageTag("en-AU");

  private UserMessages() {}

  public static String text(String key, Object... arguments) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, LOCALE).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(arguments);
    } catch (MissingResourceException unknownKey) {
      return key;
    }
  }

  public static String text(Refusal e) {
    return text(e.messageKey(), e.arguments());
  }

  public static String text(Violation violation) {
    return violation.messageKey() != null ? text(violation.messageKey()) : violation.text();
  }
}
