package health.salus.feedback.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SYDNEY).toInstant();
  }

  private static SlaClock clock(String now, LocalDate... holidays) {
    return new SlaClock(Clock.fixed(at(now), SYDNEY), SYDNEY, Set.of(holidays), 2, 30);
  }

  private static Instant endOf(String day) {
    return LocalDate.parse(day).plusDays(1).atStartOfDay(SYDNEY).toInstant().minusSeconds(1);
  }

  @Test
  void aComplaintOnATuesdayIsAcknowledgedByThursday() {
    SlaClock sla = clock("2026-12-01T10:00");
    assertThat(sla.acknowledgeBy(at("2026-12-01T10:00"))).isEqualTo(endOf("2026-12-03"));
  }

  @Test
  void theWeekendDoesNotCount() {
    SlaClock sla = clock("2026-12-04T16:00");
    // Friday: Monday and Tuesday are the two business days.
    assertThat(sla.acknowledgeBy(at("2026-12-04T16:00"))).isEqualTo(endOf("2026-12-08"));
    // Saturday and Sunday alike.
    assertThat(sla.acknowledgeBy(at("2026-12-05T09:00"))).isEqualTo(endOf("2026-12-08"));
    assertThat(sla.acknowledgeBy(at("2026-12-06T23:59"))).isEqualTo(endOf("2026-12-08"));
  }

  @Test
  void publicHolidaysDoNotCount() {
    // Christmas (Friday) and Boxing Day observed (Monday 28th): Wednesday 23rd → 24th and 29th;
    // Thursday 24th → 29th and 30th.
    SlaClock sla =
        clock("2026-12-23T12:00", LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"));
    assertThat(sla.acknowledgeBy(at("2026-12-24T12:00"))).isEqualTo(endOf("2026-12-30"));
    assertThat(sla.acknowledgeBy(at("2026-12-23T12:00"))).isEqualTo(endOf("2026-12-29"));
    assertThat(sla.isBusinessDay(LocalDate.parse("2026-12-25"))).isFalse();
    assertThat(sla.isBusinessDay(LocalDate.parse("2026-12-24"))).isTrue();
  }

  @Test
  void theDayIsTheProvidersNotUtc() {
    // 23:30 in Sydney on Friday is still Friday there (Friday 12:30 UTC).
    SlaClock sla = clock("2026-12-04T23:30");
    assertThat(sla.acknowledgeBy(at("2026-12-04T23:30"))).isEqualTo(endOf("2026-12-08"));
    // 00:30 on Saturday in Sydney is Friday in UTC, but Saturday counts.
    assertThat(sla.acknowledgeBy(at("2026-12-05T00:30"))).isEqualTo(endOf("2026-12-08"));
  }

  @Test
  void resolutionIsThirtyCalendarDays() {
    SlaClock sla = clock("2026-12-01T10:00", LocalDate.parse("2026-12-25"));
    assertThat(sla.resolveBy(at("2026-12-01T10:00"))).isEqualTo(endOf("2026-12-31"));
    SlaClock longer =
        new SlaClock(Clock.fixed(at("2026-12-01T10:00"), SYDNEY), SYDNEY, Set.of(), 2, 45);
    assertThat(longer.resolveBy(at("2026-12-01T10:00"))).isEqualTo(endOf("2027-01-15"));
  }

  @Test
  void metComparesTheStepWithItsDueTimeOrNow() {
    SlaClock sla = clock("2026-12-10T09:00");
    Instant due = endOf("2026-12-08");
    assertThat(sla.met(due, at("2026-12-08T23:59"))).isTrue();
    assertThat(sla.met(due, at("2026-12-09T00:00"))).isFalse();
    assertThat(sla.met(due, null)).isFalse();
    assertThat(sla.met(endOf("2026-12-10"), null)).isTrue();
  }

  @Test
  void slaDaysMustBePositive() {
    assertThatThrownBy(() -> new SlaClock(Clock.systemUTC(), SYDNEY, Set.of(), 0, 30))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
