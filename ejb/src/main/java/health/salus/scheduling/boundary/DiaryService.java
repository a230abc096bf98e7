package health.salus.scheduling.boundary;

import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.directory.entity.Site;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.records.entity.Encounter;
import health.salus.scheduling.control.AppointmentCalendar;
import health.salus.scheduling.control.AppointmentChanges;
import health.salus.scheduling.control.AppointmentRepository;
import health.salus.scheduling.control.AppointmentRepository.Criteria;
import health.salus.scheduling.control.ConsultationRooms;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Seeing appointments and running the consultation: patients see their own, clinicians their diary,
 * staff everyone's; the practitioner (or the front desk) marks arrivals and no-shows, the
 * practitioner completes a consultation with notes and outcome (kept as an encounter), and both
 * sides get the video link or phone number when the consultation opens.
 */
@Stateless
@RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.CLINICIAN, Role.Names.STAFF})
public class DiaryService {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject AppointmentRepository appointments;
  @Inject AppointmentChanges changes;
  @Inject ConsultationRooms rooms;
  @Inject AppointmentCalendar calendar;
  @Inject InputValidation validation;
  @Inject Clock clock;

  /**
   * One page of appointments by start. With a patient the caller may act for: that patient's.
   * Otherwise staff see all (filtered by practitioner and patient), a clinician their own diary, a
   * patient their own appointments; anyone else nothing.
   */
  public Page<AppointmentView> appointments(
      Long practitionerId, Long patientId, Instant from, Instant to, int page, int size) {
    CurrentCaller caller = caller();
    Criteria criteria;
    if (caller.isStaff() || (patientId != null && accessPolicy.mayActFor(patientId))) {
      criteria = new Criteria(practitionerId, patientId, from, to);
    } else if (caller.practitionerId() != null) {
      criteria = new Criteria(caller.practitionerId(), patientId, from, to);
    } else if (caller.patientId() != null) {
      criteria = new Criteria(practitionerId, caller.patientId(), from, to);
    } else {
      return new Page<>(List.of(), 0, page, size);
    }
    List<AppointmentView> items =
        appointments.list(criteria, page * size, size).stream()
            .map(a -> AppointmentView.of(a, clock.instant()))
            .toList();
    items.stream()
        .map(AppointmentView::patientId)
        .distinct()
        .forEach(patient -> changes.read("APPOINTMENT_LIST", patient, null));
    return new Page<>(items, appointments.count(criteria), page, size);
  }

  /** One appointment the caller may see (its patient, who acts for them, its practitioner). */
  public AppointmentView appointment(long id) {
    Appointment appointment = visible(id, "APPOINTMENT_READ");
    changes.read("APPOINTMENT_READ", appointment.getPatient().getId(), id);
    return AppointmentView.of(appointment, clock.instant());
  }

  /**
   * One appointment the caller may see as an RFC 5545 calendar file (one event; a cancelled one as
   * a cancellation), for adding it to their own calendar.
   */
  public CalendarFile calendar(long id) {
    Appointment appointment = visible(id, "CALENDAR_EXPORT");
    changes.read("CALENDAR_EXPORT", appointment.getPatient().getId(), id);
    return new CalendarFile("appointment-" + id + ".ics", calendar.single(appointment));
  }

  /** The patient has arrived (the practitioner or the front desk). */
  @RolesAllowed({Role.Names.CLINICIAN, Role.Names.STAFF})
  public AppointmentView markArrived(long id) {
    return change(
        id,
        true,
        a -> a.markArrived(caller().username(), clock),
        AppointmentEvent.Kind.ARRIVED,
        "APPOINTMENT_ARRIVED");
  }

  /** The patient did not come (the practitioner or the front desk; once it has started). */
  @RolesAllowed({Role.Names.CLINICIAN, Role.Names.STAFF})
  public AppointmentView markNoShow(long id) {
    return change(
        id,
        true,
        a -> a.markNoShow(caller().username(), clock),
        AppointmentEvent.Kind.NO_SHOW,
        "APPOINTMENT_NO_SHOW");
  }

  /**
   * The practitioner completes the consultation and records notes and outcome, kept as an encounter
   * in the patient's record.
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public AppointmentView complete(long id, ConsultationRecord record) {
    validation.check(record);
    String by = caller().username();
    AppointmentView done =
        change(
            id,
            false,
            a -> {
              a.complete(by, clock);
              em.persist(
                  new Encounter(
                      a.getPatient(),
                      a.getPractitioner(),
                      a.getId(),
                      blankToNull(record.notes()),
                      record.outcome().trim(),
                      clock.instant(),
                      by));
            },
            AppointmentEvent.Kind.COMPLETED,
            "APPOINTMENT_COMPLETE");
    return done;
  }

  /** How to join the consultation, for the patient (or who acts for them) and the practitioner. */
  public ConsultationAccess consultation(long id) {
    Appointment a = visible(id, "CONSULTATION_JOIN");
    changes.read("CONSULTATION_JOIN", a.getPatient().getId(), id);
    Instant now = clock.instant();
    boolean open = a.isLive() && ConsultationRooms.isOpen(a.getStart(), a.getEnd(), now);
    Instant opensAt = ConsultationRooms.opensAt(a.getStart());
    if (a.getMode() == AppointmentMode.VIDEO) {
      return new ConsultationAccess(
          id, a.getMode().name(), open, opensAt, open ? rooms.link(a.getVideoRoom()) : null, null);
    }
    if (a.getMode() == AppointmentMode.PHONE) {
      boolean practitionerSide = caller().isPractitioner(a.getPractitioner().getId());
      String phone =
          practitionerSide ? a.getPatient().getAccount().getPhone() : practicePhone(a.getSiteId());
      return new ConsultationAccess(id, a.getMode().name(), open, opensAt, null, phone);
    }
    return new ConsultationAccess(id, a.getMode().name(), false, null, null, null);
  }

  private AppointmentView change(
      long id,
      boolean deskMayDoIt,
      Consumer<Appointment> transition,
      AppointmentEvent.Kind kind,
      String action) {
    CurrentCaller caller = caller();
    Appointment a = appointments.byId(id).orElse(null);
    boolean allowed =
        a != null
            && (caller.isPractitioner(a.getPractitioner().getId())
                || (deskMayDoIt && caller.isStaff()));
    if (!allowed) {
      changes.denied(action, a == null ? null : a.getPatient().getId(), id);
      throw new NotFoundException("appointment.notFound");
    }
    transition.accept(a);
    appointments.flush();
    changes.announce(kind, a, caller.username());
    return AppointmentView.of(a, clock.instant());
  }

  private Appointment visible(long id, String action) {
    CurrentCaller caller = caller();
    Appointment a = appointments.byId(id).orElse(null);
    boolean practitioner = a != null && caller.isPractitioner(a.getPractitioner().getId());
    if (!(practitioner
        || accessPolicy.permits(
            a == null ? null : a.getPatient().getId(), Access.to(action, "Appointment", id)))) {
      throw new NotFoundException("appointment.notFound");
    }
    return a;
  }

  private String practicePhone(long siteId) {
    Site site = em.find(Site.class, siteId);
    return site == null ? null : site.getPhone();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private CurrentCaller caller() {
    return callers.current();
  }
}
