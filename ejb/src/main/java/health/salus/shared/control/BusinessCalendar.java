package health.salus.shared.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The provider's working days in its time zone: Monday to Friday, less the public holidays. Pure:
 * the moments it is asked about come from the caller's clock, so tests choose them.
 */
public final class BusinessCalendar {

  private final ZoneId zone;
  private final Predicate<LocalDate> holiday;

  public BusinessCalendar(ZoneId zone, Set<LocalDate> holidays) {
    this(zone, Set.copyOf(holidays)::contains);
  }

  /** With the public holidays as a test of the day ({@link PublicHolidays#isHoliday}). */
  public BusinessCalendar(ZoneId zone, Predicate<LocalDate> holiday) {
    this.zone = zone;
    this.holiday = holiday;
  }

  /** Monday to Friday and not a public holiday. */
  public boolean isBusinessDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holiday.test(day);
  }

  /** The end of the {@code days}-th business day after the day (in the zone) of {@code from}. */
  public Instant endOfBusinessDaysAfter(Instant from, int days) {
    LocalDate day = from.atZone(zone).toLocalDate();
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return endOf(day);
  }

  /**
   * The last second of the day in the zone: a whole second, because the MySQL/MariaDB connection
   * stores instants to the second; a due time read back must equal the one answered when it was set
   * (TriageApiIT on MariaDB: 12:59:59.999999 answered, 12:59:59 read).
   */
  public Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
  }

  public ZoneId zone() {
    return zone;
  }
}
