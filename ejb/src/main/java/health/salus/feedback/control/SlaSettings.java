package health.salus.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
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
 * The SLA clock as configured: {@code salus.feedback.public-holidays} (ISO dates, comma separated),
 * {@code salus.feedback.acknowledge-business-days} (2), {@code salus.feedback.resolve-days} (30)
 * and {@code salus.feedback.zone} (Australia/Sydney).
 */
@ApplicationScoped
public class SlaSettings {

  private static final Logger LOG = Logger.getLogger(SlaSettings.class.getName());

  @Inject Clock clock;

  /** New South Wales public holidays of 2026 and 2027, until a provider configures its own. */
  static final String NSW_2026_2027 =
      "2026-01-01,2026-01-26,2026-04-03,2026-04-06,2026-06-08,2026-10-05,2026-12-25,2026-12-28,"
          + "2027-01-01,2027-01-26,2027-03-26,2027-03-29,2027-06-14,2027-10-04,2027-12-27,"
          + "2027-12-28";

  @Inject
  @ConfigProperty(name = "salus.feedback.public-holidays", defaultValue = NSW_2026_2027)
  String publicHolidays;

  @Inject
  @ConfigProperty(name = "salus.feedback.acknowledge-business-days", defaultValue = "2")
  int acknowledgeDays;

  @Inject
  @ConfigProperty(name = "salus.feedback.resolve-days", defaultValue = "30")
  int resolveDays;

  @Inject
  @ConfigProperty(name = "salus.feedback.zone", defaultValue = "Australia/Sydney")
  String zone;

  public SlaClock clock() {
    return new SlaClock(clock, ZoneId.of(zone), holidays(), acknowledgeDays, resolveDays);
  }

  /** The configured holidays; an entry that is not a date is left out (and logged). */
  Set<LocalDate> holidays() {
    return Arrays.stream(publicHolidays.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("none"))
        .map(SlaSettings::date)
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
