package health.salus.feedback.control;

import health.salus.shared.control.BusinessCalendar;
import java.time.Clock;
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
  private final BusinessCalendar calendar;
  private final int acknowledgeDays;
  private final int resolveDays;

  public SlaClock(
      Clock clock, ZoneId zone, Set<LocalDate> holidays, int acknowledgeDays, int resolveDays) {
    this(clock, new BusinessCalendar(zone, holidays), acknowledgeDays, resolveDays);
  }

  /** In the calendar's zone, with its business days. */
  public SlaClock(Clock clock, BusinessCalendar calendar, int acknowledgeDays, int resolveDays) {
    if (acknowledgeDays < 1 || resolveDays < 1) {
      throw new IllegalArgumentException("SLA days must be at least 1");
    }
    this.clock = clock;
    this.zone = calendar.zone();
    this.calendar = calendar;
    this.acknowledgeDays = acknowledgeDays;
    this.resolveDays = resolveDays;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Monday to Friday and not a public holiday. */
  public boolean isBusinessDay(LocalDate day) {
    return calendar.isBusinessDay(day);
  }

  /** The end of the last business day allowed to acknowledge what was received at {@code at}. */
  public Instant acknowledgeBy(Instant received) {
    return calendar.endOfBusinessDaysAfter(received, acknowledgeDays);
  }

  /** The end of the last calendar day allowed to resolve what was received at {@code at}. */
  public Instant resolveBy(Instant received) {
    return calendar.endOf(received.atZone(zone).toLocalDate().plusDays(resolveDays));
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
}
