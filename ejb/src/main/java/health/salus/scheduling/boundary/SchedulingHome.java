package health.salus.scheduling.boundary;

import health.salus.consent.boundary.AccessPolicy;
import health.salus.directory.entity.Site;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.scheduling.control.AppointmentChanges;
import health.salus.scheduling.control.AppointmentRepository;
import health.salus.scheduling.control.ConsultationRooms;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.shared.control.BoundedReads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the home pages need from scheduling: a patient's next live appointment, with how to join it
 * and where it is; a clinician's or the front desk's appointments of today. Bounded queries only;
 * reads are audited like lists of appointments.
 */
@Stateless
@RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.CLINICIAN, Role.Names.STAFF})
public class SchedulingHome {

  private static final Set<AppointmentStatus> ARRIVED = Set.of(AppointmentStatus.ARRIVED);
  private static final Map<String, Object> READ_ONLY = Map.of(BoundedReads.READ_ONLY, "true");

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject AppointmentRepository appointments;
  @Inject AppointmentChanges changes;
  @Inject ConsultationRooms rooms;
  @Inject Clock clock;

  /**
   * The patient's next appointment that still holds its slot (booked or arrived) and has not ended;
   * empty when there is none or the caller may not act for the patient.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public Optional<NextAppointment> next(long patientId) {
    if (!accessPolicy.mayActFor(patientId)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Appointment> next = appointments.nextLive(patientId, now);
    next.ifPresent(
        a -> {
          if (callers.current().isPatient(patientId)) {
            changes.read("APPOINTMENT_NEXT", patientId, a.getId());
          }
        });
    return next.map(a -> view(a, now));
  }

  /**
   * Today's appointments that still hold their slot, as a staff home page lists them: a clinician's
   * own diary, the whole practice for the front desk. Shown from an hour ago (who is in the room or
   * late) to the end of the day in {@code zone}, at most {@code max}; counted over the whole day.
   * Each patient shown is audited as a read of their appointments.
   */
  @RolesAllowed({Role.Names.CLINICIAN, Role.Names.STAFF})
  public TodayList today(ZoneId zone, int max) {
    CurrentCaller caller = callers.current();
    Long practitioner = caller.isStaff() ? null : caller.practitionerId();
    if (!caller.isStaff() && practitioner == null) {
      return new TodayList(List.of(), 0, 0);
    }
    Instant now = clock.instant();
    LocalDate day = now.atZone(zone).toLocalDate();
    Instant dayStart = day.atStartOfDay(zone).toInstant();
    Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
    Instant hourAgo = now.minus(Duration.ofHours(1));
    Instant from = hourAgo.isAfter(dayStart) ? hourAgo : dayStart;
    List<AppointmentView> shown =
        appointments.inStatus(practitioner, Appointment.LIVE, from, dayEnd, max).stream()
            .map(a -> AppointmentView.of(a, now))
            .toList();
    shown.stream()
        .map(AppointmentView::patientId)
        .distinct()
        .forEach(patient -> changes.read("APPOINTMENT_LIST", patient, null));
    return new TodayList(
        shown,
        appointments.countInStatus(practitioner, Appointment.LIVE, dayStart, dayEnd),
        appointments.countInStatus(practitioner, ARRIVED, dayStart, dayEnd));
  }

  private NextAppointment view(Appointment a, Instant now) {
    boolean video = a.getMode() == AppointmentMode.VIDEO;
    boolean open = video && ConsultationRooms.isOpen(a.getStart(), a.getEnd(), now);
    // Read only: the shared cache's site itself, not a copy registered in this transaction (which
    // cost more than the rest of this view); it is only read here.
    Site site = em.find(Site.class, a.getSiteId(), READ_ONLY);
    return new NextAppointment(
        AppointmentView.of(a, now),
        open,
        video ? ConsultationRooms.opensAt(a.getStart()) : null,
        open ? rooms.link(a.getVideoRoom()) : null,
        site == null ? null : site.getName(),
        site == null ? null : address(site));
  }

  private static String address(Site site) {
    String place =
        Stream.of(site.getSuburb(), site.getState(), site.getPostcode())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" "));
    return Stream.of(site.getStreet(), place)
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(", "));
  }
}
