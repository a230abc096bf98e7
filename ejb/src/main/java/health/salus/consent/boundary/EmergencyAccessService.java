package health.salus.consent.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.control.CareRelations;
import health.salus.consent.control.CareTeamRestrictions;
import health.salus.consent.control.EmergencyAccesses;
import health.salus.consent.entity.EmergencyAccess;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Emergency ("break-glass") access: a clinician outside a patient's care team opens the patient's
 * record with a stated reason, and for a limited time ({@code salus.emergency-access.hours}, 4 by
 * default) reads it as the care team does ({@link Access.Basis#EMERGENCY}). The opening is audited
 * with purpose EMERGENCY and the reason, every read under it is audited by the access policy with
 * that purpose, and the patient is told at once ({@link EmergencyAccessOpened}). The clinician
 * lists their accesses open now.
 */
@Stateless
public class EmergencyAccessService {

  /** The purpose of use the audit trail records for emergency access. */
  static final String PURPOSE = "EMERGENCY";

  private static final String ACTION = "EMERGENCY_ACCESS_OPEN";

  @Inject
  @ConfigProperty(name = "salus.emergency-access.hours", defaultValue = "4")
  int hours;

  @Inject Callers callers;
  @Inject CareRelations careRelations;
  @Inject CareTeamRestrictions restrictions;
  @Inject EmergencyAccesses repository;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Event<EmergencyAccessOpened> opened;
  @Inject Clock clock;

  /**
   * The signed-in clinician opens the patient's record in an emergency. Refused, and nothing
   * stored: a missing, too short or too long reason (400); an account that is no practitioner
   * (403); a patient that does not exist (404); a clinician already in the patient's care team
   * (422: they read the record without it), unless the patient keeps categories from the care team
   * (an emergency opens those too). Each refusal is audited as DENIED.
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public EmergencyAccessView open(long patientId, EmergencyAccessRequest input) {
    validation.check(input);
    CurrentCaller caller = callers.current();
    if (caller.practitionerId() == null || caller.accountId() == null) {
      refused(patientId, "not a practitioner");
      throw new AccessDeniedException("emergency.notAPractitioner");
    }
    Patient patient = repository.patient(patientId).orElse(null);
    if (patient == null) {
      refused(null, "no such patient: " + patientId);
      throw new NotFoundException("patient.notFound");
    }
    if (careRelations.inCareTeam(caller.accountId(), patientId)
        && restrictions.of(patientId).isEmpty()) {
      refused(patientId, "already in the care team");
      throw new RuleViolationException("emergency.inCareTeam");
    }
    UserAccount clinician = callers.account();
    EmergencyAccess access =
        new EmergencyAccess(patient, clinician, input.reason(), Duration.ofHours(hours), clock);
    repository.add(access);
    audit.record(
        AuditEvent.of(ACTION, AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("EmergencyAccess", access.getId())
            .purpose(PURPOSE)
            .detail("until " + access.getValidUntil() + ": " + access.getReason()));
    opened.fire(
        new EmergencyAccessOpened(
            access.getId(),
            patientId,
            clinician.getFullName(),
            access.getReason(),
            access.getOpenedAt(),
            access.getValidUntil()));
    return EmergencyAccessView.of(access);
  }

  /**
   * The signed-in clinician's emergency accesses that are open now, the latest opened first: whose
   * records they may read in an emergency, why and until when. Without a practitioner's account:
   * none.
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public List<EmergencyAccessView> mine() {
    CurrentCaller caller = callers.current();
    if (caller.practitionerId() == null || caller.accountId() == null) {
      return List.of();
    }
    return repository.openOf(caller.accountId(), clock.instant()).stream()
        .map(EmergencyAccessView::of)
        .toList();
  }

  private void refused(Long patientId, String why) {
    audit.record(
        AuditEvent.of(ACTION, AuditOutcome.DENIED)
            .aboutPatient(patientId)
            .object("Patient", patientId)
            .purpose(PURPOSE)
            .detail(why));
  }
}
