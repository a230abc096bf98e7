package health.salus.feedback.control;

import health.salus.shared.control.PublicHolidays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SLA clock as configured: the public holidays ({@link PublicHolidays}), {@code
 * salus.feedback.acknowledge-business-days} (2), {@code salus.feedback.resolve-days} (30) and
 * {@code salus.feedback.zone} (Australia/Sydney).
 */
@ApplicationScoped
public class SlaSettings {

  @Inject Clock clock;

  @Inject PublicHolidays holidays;

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
    return new SlaClock(clock, holidays.calendar(ZoneId.of(zone)), acknowledgeDays, resolveDays);
  }
}
