package health.salus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the notices, from the notices bundle (en-AU), with times in the reader's zone. */
@ApplicationScoped
public class NoticeTexts {

  static final Locale LOCALE = Locale.forLanguageTag("en-AU");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mm a (zzz)", LOCALE);

  private final ResourceBundle bundle =
      ResourceBundle.getBundle("health.salus.notification.notices", LOCALE);

  public String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), LOCALE).format(arguments);
  }

  public String when(Instant instant, String timeZone) {
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone);
    } catch (RuntimeException unknownZone) {
      zone = ZoneId.of("Australia/Sydney");
    }
    return WHEN.format(instant.atZone(zone));
  }

  public String emailBody(String body) {
    return body + bundle.getString("email.footer");
  }
}
