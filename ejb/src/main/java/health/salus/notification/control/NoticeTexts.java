package health.salus.notification.control;

import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the notices, from the notices bundle in the reader's language (their profile's, see
 * {@link UserAccount#getLanguage()}), with times in the reader's zone.
 */
@ApplicationScoped
public class NoticeTexts {

  private static final String BUNDLE = "health.salus.notification.notices";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The language a notice to this account is written in. */
  public Locale languageOf(UserAccount reader) {
    return reader.getLanguage().locale();
  }

  public String text(Locale language, String key, Object... arguments) {
    return new MessageFormat(bundle(language).getString(key), language).format(arguments);
  }

  public String when(Locale language, Instant instant, String timeZone) {
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone);
    } catch (RuntimeException unknownZone) {
      zone = ZoneId.of("Australia/Sydney");
    }
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern(bundle(language).getString("format.when"), language);
    return when.format(instant.atZone(zone));
  }

  public String emailBody(Locale language, String body) {
    return body + bundle(language).getString("email.footer");
  }

  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
  }
}
