package health.salus.scheduling.control;

import health.salus.scheduling.entity.AvailabilityException;
import health.salus.scheduling.entity.AvailabilityTemplate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Derives the slots a practitioner should have from their templates and exceptions: for each day of
 * a range that no exception covers, each template that applies that day yields back-to-back slots
 * from its start time while a whole slot fits before its end time, in the site's time zone. Where
 * two templates give the same start, the first (by template id) wins: the database holds one slot
 * per practitioner and start. Pure: no database, no clock.
 */
public final class SlotPlanner {

  private SlotPlanner() {}

  /**
   * The slots of the days {@code from} (inclusive) to {@code to} (exclusive) that start after
   * {@code notBefore}, ordered by start.
   */
  public static List<PlannedSlot> plan(
      Collection<AvailabilityTemplate> templates,
      Collection<AvailabilityException> exceptions,
      LongFunction<ZoneId> siteZone,
      LocalDate from,
      LocalDate to,
      Instant notBefore) {
    Map<Instant, PlannedSlot> byStart = new TreeMap<>();
    List<AvailabilityTemplate> ordered =
        templates.stream()
            .sorted(
                (a, b) ->
                    Long.compare(
                        a.getId() == null ? Long.MAX_VALUE : a.getId(),
                        b.getId() == null ? Long.MAX_VALUE : b.getId()))
            .toList();
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      LocalDate today = day;
      if (exceptions.stream().anyMatch(e -> e.covers(today))) {
        continue;
      }
      for (AvailabilityTemplate template : ordered) {
        if (template.appliesOn(day)) {
          addSlots(template, day, siteZone.apply(template.getSiteId()), notBefore, byStart);
        }
      }
    }
    return List.copyOf(byStart.values());
  }

  private static void addSlots(
      AvailabilityTemplate template,
      LocalDate day,
      ZoneId zone,
      Instant notBefore,
      Map<Instant, PlannedSlot> byStart) {
    Duration length = Duration.ofMinutes(template.getSlotMinutes());
    LocalTime end = template.getEndTime();
    for (LocalTime start = template.getStartTime();
        // The second test stops a slot that would run past midnight and wrap around.
        !start.plus(length).isAfter(end) && !start.plus(length).isBefore(start);
        start = start.plus(length)) {
      Instant startAt = day.atTime(start).atZone(zone).toInstant();
      if (startAt.isAfter(notBefore)) {
        byStart.putIfAbsent(
            startAt,
            new PlannedSlot(
                template.getSiteId(), startAt, startAt.plus(length), template.getMode()));
      }
    }
  }
}
