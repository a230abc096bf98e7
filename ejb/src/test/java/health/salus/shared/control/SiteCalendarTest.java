package health.salus.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The provider's days are its zone's: in Sydney, 14:30 UTC on 3 December is 4 December. */
class SiteCalendarTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final Instant AFTERNOON_UTC = Instant.parse("2026-12-03T14:30:00Z");

  private static SiteCalendar at(Instant now, ZoneId zone) {
    return new SiteCalendar(
        Clock.fixed(now, ZoneOffset.UTC),
        zone,
        new PublicHolidays("au", "nsw", "BANK_HOLIDAY", "none"));
  }

  @Test
  void todayIsTheProvidersDayNotUtcs() {
    SiteCalendar sydney = at(AFTERNOON_UTC, SYDNEY);
    assertThat(sydney.today()).isEqualTo(LocalDate.parse("2026-12-04"));
    assertThat(sydney.dayOf(Instant.parse("2026-12-03T12:59:59Z")))
        .isEqualTo(LocalDate.parse("2026-12-03"));
    assertThat(sydney.dayOf(Instant.parse("2026-12-03T13:00:00Z")))
        .isEqualTo(LocalDate.parse("2026-12-04"));
    assertThat(at(AFTERNOON_UTC, ZoneOffset.UTC).today()).isEqualTo(LocalDate.parse("2026-12-03"));
  }

  @Test
  void aTaskDueOnTheThirdIsOverdueInSydneyThatAfternoonUtc() {
    // What the casework rounds and the caseload ask: due before today, in the provider's days.
    LocalDate due = LocalDate.parse("2026-12-03");
    assertThat(due.isBefore(at(AFTERNOON_UTC, SYDNEY).today())).isTrue();
    assertThat(due.isBefore(at(Instant.parse("2026-12-03T12:30:00Z"), SYDNEY).today())).isFalse();
  }

  @Test
  void businessDaysAreCountedInTheProvidersZoneWithItsHolidays() {
    // Thursday 24 December 2026, 14:30 UTC: Friday 25th in Sydney, Christmas; the next business
    // days are Tuesday 29th and Wednesday 30th (Boxing Day's additional day is Monday 28th).
    SiteCalendar sydney = at(Instant.parse("2026-12-24T14:30:00Z"), SYDNEY);
    BusinessCalendar days = sydney.businessDays();
    assertThat(days.zone()).isEqualTo(SYDNEY);
    assertThat(days.isBusinessDay(sydney.today())).isFalse();
    assertThat(days.endOfBusinessDaysAfter(sydney.clock().instant(), 2))
        .isEqualTo(days.endOf(LocalDate.parse("2026-12-30")));
  }
}
