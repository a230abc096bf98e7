package health.salus.scheduling.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.scheduling.control.WaitlistReads;
import health.salus.scheduling.control.WaitlistRepository;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.WaitlistEntry;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The waitlist: a patient (or someone who may act for them, {@link AccessPolicy}) asks to be told
 * when an earlier slot with a practitioner frees up. One entry waits per patient and practitioner;
 * a freed slot is offered to the first fitting entry once, without being reserved.
 */
@Stateless
public class WaitlistService {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject WaitlistRepository waitlist;
  @Inject WaitlistReads reads;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Puts the caller (a patient) or, with {@code patientId}, a patient the caller may act for on the
   * practitioner's waitlist. Without {@code before}, the start of the patient's next booked
   * appointment with the practitioner applies (else any earlier slot). Already waiting: a conflict.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public WaitlistView join(JoinWaitlist request) {
    if (request == null) {
      throw new InvalidInputException("practitionerId", "waitlist.practitionerRequired");
    }
    validation.check(request);
    CurrentCaller caller = caller();
    Long patientId = request.patientId() != null ? request.patientId() : caller.patientId();
    if (patientId == null) {
      throw new InvalidInputException("patientId", "booking.patientRequired");
    }
    AppointmentMode mode = mode(request.mode());
    Instant now = clock.instant();
    Instant before = before(request.before(), now);
    if (!accessPolicy.permits(patientId, Access.to("WAITLIST_JOIN", "WaitlistEntry", null))) {
      throw new AccessDeniedException("waitlist.notForThisPatient");
    }
    if (em.find(Patient.class, patientId) == null) {
      throw new NotFoundException("patient.notFound");
    }
    Practitioner practitioner = em.find(Practitioner.class, request.practitionerId());
    if (practitioner == null) {
      throw new NotFoundException("practitioner.notFound");
    }
    if (before == null) {
      before = waitlist.nextBookedStart(patientId, practitioner.getId(), now).orElse(null);
    }
    WaitlistEntry entry = waitlist.of(patientId, practitioner.getId()).orElse(null);
    if (entry != null && entry.isWaiting()) {
      throw new ConflictException("practitionerId", "waitlist.alreadyWaiting");
    }
    if (entry == null) {
      entry = new WaitlistEntry(patientId, practitioner.getId(), mode, before, now);
      try {
        waitlist.add(entry);
      } catch (PersistenceException joinedMeanwhile) {
        throw new ConflictException("practitionerId", "waitlist.alreadyWaiting");
      }
    } else {
      entry.join(mode, before, now);
    }
    record("WAITLIST_JOIN", entry);
    return reads.view(entry);
  }

  /**
   * Waitlist entries not left: a patient's own (optionally of one practitioner); staff see the
   * queue of a practitioner ({@code practitionerId} required) or a patient's entries.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public List<WaitlistView> list(Long practitionerId, Long patientId) {
    CurrentCaller caller = caller();
    if (caller.isStaff() && patientId == null) {
      if (practitionerId == null) {
        throw new InvalidInputException("practitionerId", "waitlist.practitionerRequired");
      }
      return reads.shown(waitlist.waitingFor(practitionerId));
    }
    Long whose = patientId != null ? patientId : caller.patientId();
    if (whose == null) {
      throw new InvalidInputException("patientId", "booking.patientRequired");
    }
    return reads.ofPatient(whose, practitionerId);
  }

  /** Takes the entry off the waitlist: its patient or someone who may act for them. */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER, Role.Names.STAFF})
  public void leave(long entryId) {
    WaitlistEntry entry = waitlist.byId(entryId).orElse(null);
    if (!accessPolicy.permits(
        entry == null ? null : entry.getPatientId(),
        Access.to("WAITLIST_LEAVE", "WaitlistEntry", entryId))) {
      throw new NotFoundException("waitlist.notFound");
    }
    entry.leave();
    record("WAITLIST_LEAVE", entry);
  }

  private static AppointmentMode mode(String mode) {
    if (mode == null || mode.isBlank()) {
      return null;
    }
    try {
      return AppointmentMode.valueOf(mode.trim());
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("mode", "waitlist.modeInvalid");
    }
  }

  private static Instant before(String before, Instant now) {
    if (before == null || before.isBlank()) {
      return null;
    }
    Instant parsed;
    try {
      parsed = Instant.parse(before.trim());
    } catch (DateTimeParseException malformed) {
      throw new InvalidInputException("before", "waitlist.beforeInvalid");
    }
    if (!parsed.isAfter(now)) {
      throw new InvalidInputException("before", "waitlist.beforePast");
    }
    return parsed;
  }

  private void record(String action, WaitlistEntry entry) {
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(entry.getPatientId())
            .object("WaitlistEntry", entry.getId()));
  }

  private CurrentCaller caller() {
    return callers.current();
  }
}
