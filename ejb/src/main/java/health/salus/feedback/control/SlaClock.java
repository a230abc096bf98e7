package health.salus.feedback.control;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The SLA clocks of a complaint, in the provider's time zone: it is acknowledged by the end of the
 * {@code acknowledgeDays}-th business day after the day it is received (Monday to Friday, less the
 * public holidays), and resolved by the end of the {@code resolveDays}-th calendar day after it.
 * Pure: time comes from the clock given, so tests choose it.
 */
public final class SlaClock {

  private final Clock clock;
  private final ZoneId zone;
  private final Set<LocalDate> holidays;
  private final int acknowledgeDays;
  private final int resolveDays;

  public SlaClock(
      Clock clock, ZoneId zone, Set<LocalDate> holidays, int acknowledgeDays, int resolveDays) {
    if (acknowledgeDays < 1 || resolveDays < 1) {
      throw new IllegalArgumentException("SLA days must be at least 1");
    }
    this.clock = clock;
    this.zone = zone;
    this.holidays = Set.copyOf(holidays);
    this.acknowledgeDays = acknowledgeDays;
    this.resolveDays = resolveDays;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Monday to Friday and not a public holiday. */
  public boolean isBusinessDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The end of the last business day allowed to acknowledge what was received at {@code at}. */
  public Instant acknowledgeBy(Instant received) {
    LocalDate day = received.atZone(zone).toLocalDate();
    int counted = 0;
    while (counted < acknowledgeDays) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return endOf(day);
  }

  /** The end of the last calendar day allowed to resolve what was received at {@code at}. */
  public Instant resolveBy(Instant received) {
    return endOf(received.atZone(zone).toLocalDate().plusDays(resolveDays));
  }

  /** Whether the step taken at {@code done} (null: not yet, judged now) met the time allowed. */
  public boolean met(Instant due, Instant done) {
    return !(done == null ? now() : done).isAfter(due);
  }

  public ZoneId zone() {
    return zone;
  }

  public int acknowledgeDays() {
    return acknowledgeDays;
  }

  public int resolveDays() {
    return resolveDays;
  }

  private Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
  }
}
