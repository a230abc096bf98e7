package health.salus.scheduling.control;

import health.salus.directory.entity.Site;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AvailabilityException;
import health.salus.scheduling.entity.AvailabilityTemplate;
import health.salus.scheduling.entity.Slot;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each practitioner's stored slots in line with their availability over a rolling horizon
 * (SALUS_SCHEDULING_HORIZON_DAYS, default 56 = 8 weeks). Idempotent: run twice, it adds nothing the
 * second time; on two nodes at once, the unique (practitioner, start) constraint refuses the second
 * insert. Booked slots are never touched; appointments whose slot no longer fits are reported by
 * {@link #needingFollowUp} instead.
 */
@Dependent
public class SlotGenerator {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject
  @ConfigProperty(name = "salus.scheduling.horizon-days", defaultValue = "56")
  int horizonDays;

  /**
   * Adds the missing slots up to the horizon, reshapes free slots whose template changed and
   * removes free slots that no longer fit. Returns how many slots were added.
   */
  public int synchronise(long practitionerId, Instant now) {
    Instant horizon = now.plus(horizonDays, ChronoUnit.DAYS);
    Map<Instant, PlannedSlot> planned =
        plan(practitionerId, now, horizon).stream()
            .collect(Collectors.toMap(PlannedSlot::start, Function.identity()));
    List<Slot> existing =
        em.createQuery(
                "SELECT s FROM Slot s WHERE s.practitionerId = :p AND s.start > :now"
                    + " AND s.start < :horizon",
                Slot.class)
            .setParameter("p", practitionerId)
            .setParameter("now", now)
            .setParameter("horizon", horizon)
            .getResultList();
    Set<Long> booked =
        new HashSet<>(
            em.createQuery(
                    "SELECT b.slotId FROM SlotBooking b, Slot s WHERE b.slotId = s.id"
                        + " AND s.practitionerId = :p AND s.start > :now",
                    Long.class)
                .setParameter("p", practitionerId)
                .setParameter("now", now)
                .getResultList());
    for (Slot slot : existing) {
      PlannedSlot wanted = planned.remove(slot.getStart());
      if (booked.contains(slot.getId())) {
        continue;
      }
      if (wanted == null) {
        em.remove(slot);
      } else if (!fits(slot, wanted)) {
        slot.reshape(wanted.siteId(), wanted.end(), wanted.mode());
      }
    }
    for (PlannedSlot slot : planned.values()) {
      em.persist(new Slot(practitionerId, slot.siteId(), slot.start(), slot.end(), slot.mode()));
    }
    em.flush();
    return planned.size();
  }

  /** The practitioners that have any availability, for the daily run. */
  public List<Long> practitionersWithAvailability() {
    return em.createQuery(
            "SELECT DISTINCT t.practitionerId FROM AvailabilityTemplate t ORDER BY t.practitionerId",
            Long.class)
        .getResultList();
  }

  /**
   * The practitioner's upcoming live appointments whose slot the availability no longer gives
   * (leave taken, a template removed or changed): someone has to call those patients.
   */
  public List<Appointment> needingFollowUp(long practitionerId, Instant now) {
    List<Appointment> upcoming =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.practitioner.id = :p AND a.start > :now"
                    + " AND a.status IN (health.salus.scheduling.entity.AppointmentStatus.BOOKED,"
                    + " health.salus.scheduling.entity.AppointmentStatus.ARRIVED)"
                    + " ORDER BY a.start",
                Appointment.class)
            .setParameter("p", practitionerId)
            .setParameter("now", now)
            .getResultList();
    if (upcoming.isEmpty()) {
      return List.of();
    }
    Instant last = upcoming.get(upcoming.size() - 1).getStart().plus(1, ChronoUnit.DAYS);
    Map<Instant, PlannedSlot> planned =
        plan(practitionerId, now, last).stream()
            .collect(Collectors.toMap(PlannedSlot::start, Function.identity()));
    return upcoming.stream()
        .filter(
            a -> {
              PlannedSlot p = planned.get(a.getStart());
              return p == null
                  || p.mode() != a.getMode()
                  || !p.end().equals(a.getEnd())
                  || p.siteId() != a.getSiteId();
            })
        .toList();
  }

  /** The slots the availability gives between two instants. */
  List<PlannedSlot> plan(long practitionerId, Instant from, Instant until) {
    List<AvailabilityTemplate> templates =
        em.createQuery(
                "SELECT t FROM AvailabilityTemplate t WHERE t.practitionerId = :p",
                AvailabilityTemplate.class)
            .setParameter("p", practitionerId)
            .getResultList();
    if (templates.isEmpty()) {
      return List.of();
    }
    List<AvailabilityException> exceptions =
        em.createQuery(
                "SELECT e FROM AvailabilityException e WHERE e.practitionerId = :p",
                AvailabilityException.class)
            .setParameter("p", practitionerId)
            .getResultList();
    Map<Long, ZoneId> zones = new HashMap<>();
    // Local days on either side of the UTC range, so that zones ahead of or behind UTC are
    // covered; the instants are then cut to the range.
    LocalDate firstDay = LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(1);
    LocalDate lastDay = LocalDate.ofInstant(until, ZoneOffset.UTC).plusDays(2);
    return SlotPlanner.plan(
            templates,
            exceptions,
            siteId -> zones.computeIfAbsent(siteId, this::zoneOf),
            firstDay,
            lastDay,
            from)
        .stream()
        .filter(s -> s.start().isBefore(until))
        .toList();
  }

  private ZoneId zoneOf(long siteId) {
    Site site = em.find(Site.class, siteId);
    return site == null ? ZoneOffset.UTC : ZoneId.of(site.getTimeZone());
  }

  private static boolean fits(Slot slot, PlannedSlot wanted) {
    return slot.getSiteId() == wanted.siteId()
        && slot.getMode() == wanted.mode()
        && Objects.equals(slot.getEnd(), wanted.end());
  }
}
