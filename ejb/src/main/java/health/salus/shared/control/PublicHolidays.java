package health.salus.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider's public holidays, {@code salus.feedback.public-holidays} (ISO dates, comma
 * separated; the name of the feature that first needed them), and the business calendar they make
 * in a time zone.
 */
@ApplicationScoped
public class PublicHolidays {

  private static final Logger LOG = Logger.getLogger(PublicHolidays.class.getName());

  /** New South Wales public holidays of 2026 and 2027, until a provider configures its own. */
  static final String NSW_2026_2027 =
      "2026-01-01,2026-01-26,2026-04-03,2026-04-06,2026-06-08,2026-10-05,2026-12-25,2026-12-28,"
          + "2027-01-01,2027-01-26,2027-03-26,2027-03-29,2027-06-14,2027-10-04,2027-12-27,"
          + "2027-12-28";

  @Inject
  @ConfigProperty(name = "salus.feedback.public-holidays", defaultValue = NSW_2026_2027)
  String publicHolidays;

  /** The business calendar in this zone. */
  public BusinessCalendar calendar(ZoneId zone) {
    return new BusinessCalendar(zone, days());
  }

  /** The configured holidays; an entry that is not a date is left out (and logged). */
  public Set<LocalDate> days() {
    return Arrays.stream(publicHolidays.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("none"))
        .map(PublicHolidays::date)
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException notADate) {
      LOG.warning(() -> "salus.feedback.public-holidays: not a date: " + text);
      return Optional.empty();
    }
  }
}
