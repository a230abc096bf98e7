package health.salus.messaging.control;

import health.salus.shared.control.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When a team reads its messages: business days (Monday to Friday, less the public holidays) from
 * {@code opens} until {@code closes}, in the practice's zone. Pure: the moment asked about comes
 * from the caller's clock, so tests choose it.
 */
public final class OfficeHours {

  private final BusinessCalendar calendar;
  private final LocalTime opens;
  private final LocalTime closes;

  public OfficeHours(BusinessCalendar calendar, LocalTime opens, LocalTime closes) {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("opening hours must open before they close");
    }
    this.calendar = calendar;
    this.opens = opens;
    this.closes = closes;
  }

  /** Whether the team is working at this moment. */
  public boolean isOpen(Instant at) {
    ZonedDateTime local = at.atZone(calendar.zone());
    LocalTime time = local.toLocalTime();
    return calendar.isBusinessDay(local.toLocalDate())
        && !time.isBefore(opens)
        && time.isBefore(closes);
  }

  /** When the team next starts working: this moment when it is working, else its next opening. */
  public Instant nextOpening(Instant at) {
    if (isOpen(at)) {
      return at;
    }
    ZonedDateTime local = at.atZone(calendar.zone());
    LocalDate day = local.toLocalDate();
    if (!calendar.isBusinessDay(day) || !local.toLocalTime().isBefore(opens)) {
      day = day.plusDays(1);
      while (!calendar.isBusinessDay(day)) {
        day = day.plusDays(1);
      }
    }
    return day.atTime(opens).atZone(calendar.zone()).toInstant();
  }
}
