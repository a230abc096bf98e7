package health.salus.scheduling.boundary;

import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
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
import health.salus.scheduling.control.CalendarFeeds;
import health.salus.scheduling.control.CancellationCutoff;
import health.salus.scheduling.control.ConsultationRooms;
import health.salus.scheduling.control.WaitlistReads;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.shared.boundary.AccessDeniedException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Seeing appointments and running the consultation: patients see their own, clinicians and
 * educators their diary, staff everyone's; the practitioner (or the front desk) marks arrivals and
 * no-shows, the clinician completes a consultation with notes and outcome (kept as an encounter),
 * the educator an education consultation without one, and both sides get the video link or phone
 * number when the consultation opens.
 */
@Stateless
@RolesAllowed({
  Role.Names.PATIENT,
  Role.Names.CARER,
  Role.Names.CLINICIAN,
  Role.Names.EDUCATOR,
  Role.Names.STAFF
})
public class DiaryService {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject AppointmentRepository appointments;
  @Inject AppointmentChanges changes;
  @Inject ConsultationRooms rooms;
  @Inject AppointmentCalendar calendar;
  @Inject CancellationCutoff cutoff;
  @Inject WaitlistReads waitlists;
  @Inject CalendarFeeds calendarFeeds;
  @Inject InputValidation validation;
  @Inject Clock clock;

  /**
   * One page of appointments by start. Staff see all (filtered by practitioner and patient), a
   * clinician their own diary (filtered), a patient their own appointments; with another patient's
   * id, a patient or carer sees that patient's if the access policy lets them act for the patient
   * (else refused, 403, and audited); anyone else nothing.
   */
  public Page<AppointmentView> appointments(
      Long practitionerId, Long patientId, Instant from, Instant to, int page, int size) {
    Criteria criteria = criteria(practitionerId, patientId, from, to);
    if (criteria == null) {
      return new Page<>(List.of(), 0, page, size);
    }
    return new Page<>(read(criteria, page, size), appointments.count(criteria), page, size);
  }

  /**
   * What the caller may list of these filters, as {@link #appointments} decides it (a refusal
   * audited and thrown); null: nothing.
   */
  private Criteria criteria(Long practitionerId, Long patientId, Instant from, Instant to) {
    CurrentCaller caller = caller();
    if (caller.isStaff() || (patientId != null && caller.isPatient(patientId))) {
      return new Criteria(practitionerId, patientId, from, to);
    } else if (patientId != null && caller.practitionerId() == null) {
      if (!accessPolicy.permits(
          patientId,
          Access.to("APPOINTMENT_LIST", "Appointment", null)
              .saying("not a patient the caller acts for"))) {
        throw new AccessDeniedException("carer.appointment.notForThisPatient");
      }
      return new Criteria(practitionerId, patientId, from, to);
    } else if (caller.practitionerId() != null) {
      return new Criteria(caller.practitionerId(), patientId, from, to);
    } else if (caller.patientId() != null) {
      return new Criteria(practitionerId, caller.patientId(), from, to);
    }
    return null;
  }

  /** One page of the appointments the criteria allow, each patient's list read audited once. */
  private List<AppointmentView> read(Criteria criteria, int page, int size) {
    List<AppointmentView> items = list(criteria, page, size);
    listed(items);
    return items;
  }

  /** One page of the appointments the criteria allow, not audited yet (see {@link #listed}). */
  private List<AppointmentView> list(Criteria criteria, int page, int size) {
    return appointments.list(criteria, page * size, size).stream()
        .map(a -> AppointmentView.of(a, clock.instant()))
        .toList();
  }

  /** Audits the read of each patient's appointment list that these show, once a patient. */
  private void listed(List<AppointmentView> items) {
    items.stream()
        .map(AppointmentView::patientId)
        .distinct()
        .forEach(patient -> changes.read("APPOINTMENT_LIST", patient, null));
  }

  /** The first {@code size} appointments of these filters, as {@link #appointments}, uncounted. */
  private List<AppointmentView> first(
      Long practitionerId, Long patientId, Instant from, Instant to, int size) {
    Criteria criteria = criteria(practitionerId, patientId, from, to);
    return criteria == null ? List.of() : read(criteria, 0, size);
  }

  /**
   * A patient's appointments page in one call and one transaction: at most {@code size} from now on
   * and {@code size} before, refused and audited as {@link #appointments} does (one read of the
   * list for both), and how to join each live consultation ahead that is not in person, as {@link
   * #consultation} tells (and audits) it, with the cut-off for online changes; the patient's
   * waitlist, read and audited as {@link WaitlistService#list} reads it; and on a patient's own
   * page their calendar feed's status, as {@link CalendarFeedService#status} tells it. {@code
   * patientId} null: the caller's own.
   */
  public PatientAppointments ofPatient(Long patientId, int size) {
    CurrentCaller caller = caller();
    Long whose = patientId != null ? patientId : caller.patientId();
    CalendarFeedStatus feed =
        patientId == null && whose != null && caller.has(Role.PATIENT)
            ? calendarFeeds.status(whose)
            : null;
    Criteria criteria = criteria(null, patientId, null, null);
    if (criteria == null) {
      return new PatientAppointments(
          List.of(), List.of(), Map.of(), cutoff.hours(), waitlistOf(caller, whose), feed);
    }
    Instant now = clock.instant();
    List<AppointmentView> ahead =
        list(new Criteria(criteria.practitionerId(), criteria.patientId(), now, null), 0, size);
    List<AppointmentView> earlier =
        list(new Criteria(criteria.practitionerId(), criteria.patientId(), null, now), 0, size);
    // One page, one read of the list (and one access decision), whichever half shows whom.
    listed(Stream.concat(ahead.stream(), earlier.stream()).toList());
    return new PatientAppointments(
        ahead, earlier, joinable(ahead), cutoff.hours(), waitlistOf(caller, whose), feed);
  }

  /** The patient's waitlist, for those the waitlist serves (patients, carers, staff). */
  private List<WaitlistView> waitlistOf(CurrentCaller caller, Long patientId) {
    boolean served = caller.has(Role.PATIENT) || caller.has(Role.CARER) || caller.isStaff();
    return patientId == null || !served ? List.of() : waitlists.ofPatient(patientId, null);
  }

  /**
   * The caller's own consultations as a practitioner (an educator's booked calls) from {@code from}
   * on, by start, at most {@code size}: read and audited as {@link #appointments} reads the diary,
   * each live one that is not in person with how to join it, as {@link #consultation} tells (and
   * audits) it. A caller who is no practitioner has none.
   */
  @RolesAllowed({Role.Names.CLINICIAN, Role.Names.EDUCATOR})
  public List<OwnConsultation> ownConsultations(Instant from, int size) {
    if (caller().practitionerId() == null) {
      return List.of();
    }
    List<AppointmentView> items = first(null, null, from, null, size);
    Map<Long, ConsultationAccess> access = joinable(items);
    return items.stream().map(a -> new OwnConsultation(a, access.get(a.id()))).toList();
  }

  /** How to join each live consultation of these that is not in person, by appointment id. */
  private Map<Long, ConsultationAccess> joinable(List<AppointmentView> items) {
    Map<Long, ConsultationAccess> access = new HashMap<>();
    items.stream()
        .filter(a -> a.live() && !AppointmentMode.IN_PERSON.name().equals(a.mode()))
        .forEach(a -> access.put(a.id(), consultation(a.id())));
    return access;
  }

  /** One appointment the caller may see (its patient, who acts for them, its practitioner). */
  public AppointmentView appointment(long id) {
    Appointment appointment = visible(id, "APPOINTMENT_READ");
    read("APPOINTMENT_READ", appointment);
    return AppointmentView.of(appointment, clock.instant());
  }

  /**
   * One appointment the caller may see as an RFC 5545 calendar file (one event; a cancelled one as
   * a cancellation), for adding it to their own calendar.
   */
  public CalendarFile calendar(long id) {
    Appointment appointment = visible(id, "CALENDAR_EXPORT");
    read("CALENDAR_EXPORT", appointment);
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

  /**
   * The educator marks an education consultation done. The appointment completes by its own rules
   * (live, and opened) exactly as a clinician's does, but no encounter is written: health education
   * is no entry of the clinical record. Only the appointment's own practitioner (others: not
   * found).
   */
  @RolesAllowed(Role.Names.EDUCATOR)
  public AppointmentView completeEducation(long id) {
    String by = caller().username();
    return change(
        id,
        false,
        a -> a.complete(by, clock),
        AppointmentEvent.Kind.COMPLETED,
        "EDUCATION_CONSULTATION_COMPLETE");
  }

  /** How to join the consultation, for the patient (or who acts for them) and the practitioner. */
  public ConsultationAccess consultation(long id) {
    Appointment a = visible(id, "CONSULTATION_JOIN");
    read("CONSULTATION_JOIN", a);
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
    Access access =
        deskMayDoIt
            ? about(a, id, action).allowing(Basis.TREATING_PRACTITIONER, Basis.FRONT_DESK)
            : about(a, id, action).allowing(Basis.TREATING_PRACTITIONER);
    if (!accessPolicy.permits(a == null ? null : a.getPatient().getId(), access)) {
      throw new NotFoundException("appointment.notFound");
    }
    transition.accept(a);
    appointments.flush();
    changes.announce(kind, a, caller.username());
    return AppointmentView.of(a, clock.instant());
  }

  /**
   * The appointment if the policy lets the caller see it (its patient, staff, a carer acting for
   * the patient, its practitioner).
   */
  private Appointment visible(long id, String action) {
    Appointment a = appointments.byId(id).orElse(null);
    if (!accessPolicy.permits(
        a == null ? null : a.getPatient().getId(),
        about(a, id, action)
            .allowing(
                Basis.SELF, Basis.FRONT_DESK, Basis.ACTING_FOR, Basis.TREATING_PRACTITIONER))) {
      throw new NotFoundException("appointment.notFound");
    }
    return a;
  }

  /**
   * Records the patient's read of their own appointment; a read by anyone else is the access
   * policy's decision, which it has recorded already.
   */
  private void read(String action, Appointment a) {
    if (caller().isPatient(a.getPatient().getId())) {
      changes.read(action, a.getPatient().getId(), a.getId());
    }
  }

  private static Access about(Appointment a, long id, String action) {
    return Access.to(action, "Appointment", id)
        .treatedBy(a == null ? null : a.getPractitioner().getId());
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
