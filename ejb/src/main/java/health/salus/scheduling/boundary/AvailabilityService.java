package health.salus.scheduling.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.directory.entity.Practitioner;
import health.salus.directory.entity.Site;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.scheduling.control.SlotGenerator;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AvailabilityException;
import health.salus.scheduling.entity.AvailabilityTemplate;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Practitioners' availability: weekly templates, one-off sessions and days away, kept by the
 * clinician (their own) or the front desk (anyone's). Every change brings the practitioner's slots
 * in line at once; booked appointments are never dropped but listed as needing follow-up.
 */
@Stateless
@RolesAllowed({Role.Names.CLINICIAN, Role.Names.STAFF})
public class AvailabilityService {

  static final int MIN_SLOT_MINUTES = 5;
  static final int MAX_SLOT_MINUTES = 240;

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject Callers callers;
  @Inject SlotGenerator generator;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The caller's own practitioner id, if they are one. */
  public Long ownPractitionerId() {
    return caller().practitionerId();
  }

  /** The practitioner's templates, sessions and days away. */
  public AvailabilityView availability(long practitionerId) {
    Practitioner practitioner = practitioner(practitionerId);
    return new AvailabilityView(
        practitioner.getId(),
        em
            .createQuery(
                "SELECT t FROM AvailabilityTemplate t WHERE t.practitionerId = :p"
                    + " ORDER BY t.onDate, t.dayOfWeek, t.startTime",
                AvailabilityTemplate.class)
            .setParameter("p", practitionerId)
            .getResultList()
            .stream()
            .map(AvailabilityView.Template::of)
            .toList(),
        em
            .createQuery(
                "SELECT e FROM AvailabilityException e WHERE e.practitionerId = :p ORDER BY e.from",
                AvailabilityException.class)
            .setParameter("p", practitionerId)
            .getResultList()
            .stream()
            .map(AvailabilityView.Exception::of)
            .toList());
  }

  /** Adds a weekly template or one-off session and creates its slots. */
  public AvailabilityView.Template addTemplate(long practitionerId, NewTemplate input) {
    Practitioner practitioner = practitioner(practitionerId);
    if (input == null) {
      throw new InvalidInputException("body", "input.missing");
    }
    AppointmentMode mode = BookingLookupService.mode(input.mode());
    if (mode == null) {
      throw new InvalidInputException("mode", "mode.unknown");
    }
    LocalTime start = time("start", input.start());
    LocalTime end = time("end", input.end());
    int minutes = input.slotMinutes() == null ? 0 : input.slotMinutes();
    if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES) {
      throw new InvalidInputException(
          "slotMinutes", "template.slotMinutes", MIN_SLOT_MINUTES, MAX_SLOT_MINUTES);
    }
    if (!start.plusMinutes(minutes).isAfter(start) || start.plusMinutes(minutes).isAfter(end)) {
      throw new InvalidInputException("end", "template.tooShort");
    }
    long siteId = site(input.siteId(), practitioner);
    boolean weekly = input.dayOfWeek() != null && !input.dayOfWeek().isBlank();
    if (weekly == (input.date() != null)) {
      throw new InvalidInputException("dayOfWeek", "template.dayOrDate");
    }
    AvailabilityTemplate template;
    if (weekly) {
      template =
          AvailabilityTemplate.weekly(
              practitionerId, siteId, day(input.dayOfWeek()), start, end, minutes, mode);
    } else {
      if (input.date().isBefore(LocalDate.now(clock).minusDays(1))) {
        throw new InvalidInputException("date", "template.datePast");
      }
      template =
          AvailabilityTemplate.oneOff(
              practitionerId, siteId, input.date(), start, end, minutes, mode);
    }
    em.persist(template);
    em.flush();
    generator.synchronise(practitionerId, clock.instant());
    record("AVAILABILITY_TEMPLATE_ADD", "AvailabilityTemplate", template.getId());
    return AvailabilityView.Template.of(template);
  }

  /** Removes a template; its free slots go, booked ones stay and need follow-up. */
  public void removeTemplate(long practitionerId, long templateId) {
    practitioner(practitionerId);
    AvailabilityTemplate template = em.find(AvailabilityTemplate.class, templateId);
    if (template == null || template.getPractitionerId() != practitionerId) {
      throw new NotFoundException("template.notFound");
    }
    em.remove(template);
    em.flush();
    generator.synchronise(practitionerId, clock.instant());
    record("AVAILABILITY_TEMPLATE_REMOVE", "AvailabilityTemplate", templateId);
  }

  /** Adds days away; free slots on them go, booked ones need follow-up. */
  public AvailabilityView.Exception addException(long practitionerId, NewException input) {
    practitioner(practitionerId);
    validation.check(input);
    if (input.to().isBefore(input.from())) {
      throw new InvalidInputException("to", "exception.toBeforeFrom");
    }
    AvailabilityException exception =
        new AvailabilityException(practitionerId, input.from(), input.to(), input.reason().trim());
    em.persist(exception);
    em.flush();
    generator.synchronise(practitionerId, clock.instant());
    record("AVAILABILITY_EXCEPTION_ADD", "AvailabilityException", exception.getId());
    return AvailabilityView.Exception.of(exception);
  }

  /** Removes days away; their slots come back. */
  public void removeException(long practitionerId, long exceptionId) {
    practitioner(practitionerId);
    AvailabilityException exception = em.find(AvailabilityException.class, exceptionId);
    if (exception == null || exception.getPractitionerId() != practitionerId) {
      throw new NotFoundException("exception.notFound");
    }
    em.remove(exception);
    em.flush();
    generator.synchronise(practitionerId, clock.instant());
    record("AVAILABILITY_EXCEPTION_REMOVE", "AvailabilityException", exceptionId);
  }

  /** Upcoming appointments whose slot the availability no longer gives: call these patients. */
  public List<AppointmentView> needingFollowUp(long practitionerId) {
    practitioner(practitionerId);
    List<AppointmentView> found =
        generator.needingFollowUp(practitionerId, clock.instant()).stream()
            .map(a -> AppointmentView.of(a, clock.instant()))
            .toList();
    found.forEach(
        a ->
            audit.record(
                AuditEvent.of("APPOINTMENT_FOLLOW_UP_LIST", AuditOutcome.SUCCESS)
                    .aboutPatient(a.patientId())
                    .object("Appointment", a.id())));
    return found;
  }

  /** The practitioner, if the caller may manage their availability (self, or staff). */
  private Practitioner practitioner(long practitionerId) {
    CurrentCaller caller = caller();
    Practitioner practitioner = em.find(Practitioner.class, practitionerId);
    if (practitioner == null || !(caller.isStaff() || caller.isPractitioner(practitionerId))) {
      audit.record(
          AuditEvent.of("AVAILABILITY_ACCESS", AuditOutcome.DENIED)
              .object("Practitioner", practitionerId));
      throw new NotFoundException("practitioner.notFound");
    }
    return practitioner;
  }

  private long site(Long siteId, Practitioner practitioner) {
    if (siteId == null) {
      if (practitioner.getSite() == null) {
        throw new InvalidInputException("siteId", "template.siteRequired");
      }
      return practitioner.getSite().getId();
    }
    if (em.find(Site.class, siteId) == null) {
      throw new InvalidInputException("siteId", "template.siteUnknown");
    }
    return siteId;
  }

  private static LocalTime time(String field, String value) {
    try {
      return LocalTime.parse(value == null ? "" : value.trim());
    } catch (DateTimeParseException malformed) {
      throw new InvalidInputException(field, "template.time");
    }
  }

  private static DayOfWeek day(String value) {
    try {
      return DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("dayOfWeek", "template.dayOfWeek");
    }
  }

  private void record(String action, String type, Object id) {
    audit.record(AuditEvent.of(action, AuditOutcome.SUCCESS).object(type, id));
  }

  private CurrentCaller caller() {
    return callers.current();
  }
}
