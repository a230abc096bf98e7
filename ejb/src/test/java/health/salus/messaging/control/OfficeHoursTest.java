package health.salus.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.shared.control.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mon–Fri 08:00–18:00 in Sydney, less public holidays (Christmas and Boxing Day 2026 here). */
class OfficeHoursTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final OfficeHours HOURS =
      new OfficeHours(
          new BusinessCalendar(
              SYDNEY, Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28))),
          LocalTime.of(8, 0),
          LocalTime.of(18, 0));

  private static Instant sydney(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SYDNEY).toInstant();
  }

  @Test
  void openOnAWeekdayBetweenEightAndSix() {
    assertThat(HOURS.isOpen(sydney("2026-12-03T08:00"))).isTrue();
    assertThat(HOURS.isOpen(sydney("2026-12-03T17:59"))).isTrue();
    assertThat(HOURS.nextOpening(sydney("2026-12-03T12:00"))).isEqualTo(sydney("2026-12-03T12:00"));
  }

  @Test
  void beforeEightItOpensThatMorningAfterSixTheNextBusinessMorning() {
    assertThat(HOURS.isOpen(sydney("2026-12-03T07:59"))).isFalse();
    assertThat(HOURS.nextOpening(sydney("2026-12-03T07:59"))).isEqualTo(sydney("2026-12-03T08:00"));
    assertThat(HOURS.isOpen(sydney("2026-12-03T18:00"))).isFalse();
    assertThat(HOURS.nextOpening(sydney("2026-12-03T18:00"))).isEqualTo(sydney("2026-12-04T08:00"));
  }

  @Test
  void aWeekendOrAPublicHolidayWaitsForTheNextBusinessDay() {
    assertThat(HOURS.isOpen(sydney("2026-12-05T10:00"))).as("Saturday").isFalse();
    assertThat(HOURS.nextOpening(sydney("2026-12-05T10:00"))).isEqualTo(sydney("2026-12-07T08:00"));
    assertThat(HOURS.isOpen(sydney("2026-12-25T10:00"))).as("Christmas, a Friday").isFalse();
    assertThat(HOURS.nextOpening(sydney("2026-12-24T19:00")))
        .as("over Christmas, the weekend and the Boxing Day holiday")
        .isEqualTo(sydney("2026-12-29T08:00"));
  }
}
