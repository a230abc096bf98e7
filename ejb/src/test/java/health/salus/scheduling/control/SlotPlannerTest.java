package health.salus.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AvailabilityException;
import health.salus.scheduling.entity.AvailabilityTemplate;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotPlannerTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

  private static AvailabilityTemplate mondayMorning() {
    return AvailabilityTemplate.weekly(
        1,
        9,
        DayOfWeek.MONDAY,
        LocalTime.of(9, 0),
        LocalTime.of(10, 40),
        30,
        AppointmentMode.IN_PERSON);
  }

  private static List<PlannedSlot> plan(
      List<AvailabilityTemplate> templates,
      List<AvailabilityException> exceptions,
      LocalDate from,
      LocalDate to,
      Instant notBefore) {
    return SlotPlanner.plan(templates, exceptions, site -> SYDNEY, from, to, notBefore);
  }

  private static Instant sydney(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(SYDNEY).toInstant();
  }

  @Test
  void aWeeklyTemplateGivesWholeSlotsOnItsDayOnlyInTheSitesZone() {
    List<PlannedSlot> slots =
        plan(List.of(mondayMorning()), List.of(), MONDAY, MONDAY.plusWeeks(2), LONG_AGO);

    assertThat(slots)
        .extracting(PlannedSlot::start)
        .containsExactly(
            sydney(MONDAY, 9, 0),
            sydney(MONDAY, 9, 30),
            sydney(MONDAY, 10, 0),
            sydney(MONDAY.plusWeeks(1), 9, 0),
            sydney(MONDAY.plusWeeks(1), 9, 30),
            sydney(MONDAY.plusWeeks(1), 10, 0));
    assertThat(slots.get(0).end()).isEqualTo(sydney(MONDAY, 9, 30));
    assertThat(slots)
        .allSatisfy(
            s -> {
              assertThat(s.mode()).isEqualTo(AppointmentMode.IN_PERSON);
              assertThat(s.siteId()).isEqualTo(9);
            });
  }

  @Test
  void exceptionsRemoveWholeDays() {
    AvailabilityException leave =
        new AvailabilityException(1, MONDAY.plusDays(1), MONDAY.plusWeeks(1), "Leave");

    List<PlannedSlot> slots =
        plan(List.of(mondayMorning()), List.of(leave), MONDAY, MONDAY.plusWeeks(3), LONG_AGO);

    assertThat(slots)
        .extracting(s -> LocalDate.ofInstant(s.start(), SYDNEY))
        .containsOnly(MONDAY, MONDAY.plusWeeks(2))
        .hasSize(6);
  }

  @Test
  void aOneOffSessionAddsSlotsOnItsDateOnly() {
    LocalDate saturday = MONDAY.plusDays(5);
    AvailabilityTemplate session =
        AvailabilityTemplate.oneOff(
            1, 9, saturday, LocalTime.of(14, 0), LocalTime.of(15, 0), 20, AppointmentMode.VIDEO);

    List<PlannedSlot> slots =
        plan(List.of(session), List.of(), MONDAY, MONDAY.plusWeeks(2), LONG_AGO);

    assertThat(slots)
        .extracting(PlannedSlot::start)
        .containsExactly(
            sydney(saturday, 14, 0), sydney(saturday, 14, 20), sydney(saturday, 14, 40));
    assertThat(slots).extracting(PlannedSlot::mode).containsOnly(AppointmentMode.VIDEO);
  }

  @Test
  void onlySlotsAfterNowAndOneSlotPerStart() {
    AvailabilityTemplate phone =
        AvailabilityTemplate.weekly(
            1,
            9,
            DayOfWeek.MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            30,
            AppointmentMode.PHONE);

    List<PlannedSlot> slots =
        plan(
            List.of(mondayMorning(), phone),
            List.of(),
            MONDAY,
            MONDAY.plusDays(1),
            sydney(MONDAY, 9, 0));

    assertThat(slots)
        .extracting(PlannedSlot::start)
        .as("9:00 is not after now; 9:30 given by both templates once")
        .containsExactly(sydney(MONDAY, 9, 30), sydney(MONDAY, 10, 0));
  }

  @Test
  void followsDaylightSavingInTheSitesZone() {
    // Sydney moves to daylight time on the first Sunday of October 2026 (4 October).
    LocalDate before = LocalDate.of(2026, 9, 28);
    List<PlannedSlot> slots =
        plan(List.of(mondayMorning()), List.of(), before, before.plusWeeks(2), LONG_AGO);

    assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-09-27T23:00:00Z"));
    assertThat(slots.get(3).start()).isEqualTo(Instant.parse("2026-10-04T22:00:00Z"));
  }
}
