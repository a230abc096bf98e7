package health.salus.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider's days: its time zone ({@code salus.feedback.zone}, Australia/Sydney; the name of
 * the feature that first needed it), today there by the application's clock, the day a moment falls
 * on there, and its business days ({@link PublicHolidays}). Dates that people read as days (a
 * task's due date, a review's, a goal's target, the complaint SLA's business days) are the
 * provider's days, not UTC's: at 14:30 UTC on 3 December it is already 4 December in Sydney.
 */
@ApplicationScoped
public class SiteCalendar {

  @Inject Clock clock;

  @Inject PublicHolidays holidays;

  @Inject
  @ConfigProperty(name = "salus.feedback.zone", defaultValue = "Australia/Sydney")
  String zoneName;

  private ZoneId zone;

  /** For CDI. */
  protected SiteCalendar() {}

  /** With this clock, zone and holidays (tests). */
  public SiteCalendar(Clock clock, ZoneId zone, PublicHolidays holidays) {
    this.clock = clock;
    this.holidays = holidays;
    this.zone = zone;
  }

  @PostConstruct
  void init() {
    zone = ZoneId.of(zoneName);
  }

  /** The provider's time zone. */
  public ZoneId zone() {
    return zone;
  }

  /** The application's clock (UTC instants). */
  public Clock clock() {
    return clock;
  }

  /** Today in the provider's zone. */
  public LocalDate today() {
    return dayOf(clock.instant());
  }

  /** The provider's day on which the moment falls. */
  public LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  /** The provider's business days: Monday to Friday in its zone, less its public holidays. */
  public BusinessCalendar businessDays() {
    return holidays.calendar(zone);
  }
}
