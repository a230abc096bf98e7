package health.salus.casework.control;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.casework.entity.CareCase;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Who may see and work on a case. The case team (the case manager and the members) works on it
 * ({@link Side#TEAM}). The patient, and a carer acting for the patient under an {@code actFor}
 * grant (decided by {@link AccessPolicy}), see the patient's side of it ({@link Side#PATIENT}):
 * goals, shared notes, the tasks assigned to the patient. Anyone else is told the case does not
 * exist (404); someone of the patient's side who tries the team's work is refused (403). Every
 * refusal is audited with the patient's id; a team member's access with purpose CARE.
 */
@Dependent
public class CaseAccess {

  /** On which side of a case the caller is. */
  public enum Side {
    TEAM,
    PATIENT
  }

  /** A case and the caller's side of it. */
  public record Seen(CareCase careCase, Side side) {
    public boolean team() {
      return side == Side.TEAM;
    }
  }

  @Inject CaseworkRepository repository;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject AuditTrail audit;

  /** The case as the caller may see it, or 404 (audited). */
  public Seen visible(long caseId, String action) {
    CareCase found = repository.careCase(caseId).orElse(null);
    CurrentCaller caller = callers.current();
    if (found != null && inTeam(found, caller)) {
      return new Seen(found, Side.TEAM);
    }
    boolean patientSide =
        accessPolicy.permits(
            found == null ? null : found.getPatient().getId(),
            Access.to(action, "CareCase", caseId)
                .allowing(Basis.SELF, Basis.ACTING_FOR)
                .saying("not in the case team"));
    if (!patientSide) {
      throw new NotFoundException("casework.caseNotFound");
    }
    return new Seen(found, Side.PATIENT);
  }

  /**
   * The case for the team's work, or 404 (audited) for who may not see it and 403 (audited) for the
   * patient's side.
   */
  public CareCase forTeam(long caseId, String action) {
    Seen seen = visible(caseId, action);
    if (!seen.team()) {
      audit.record(
          AuditEvent.of(action, AuditOutcome.DENIED)
              .aboutPatient(seen.careCase().getPatient().getId())
              .object("CareCase", caseId)
              .detail("not in the case team"));
      throw new AccessDeniedException("casework.teamOnly");
    }
    return seen.careCase();
  }

  /** As {@link #forTeam}, and the caller must be the case manager of the case (else 403). */
  public CareCase forCaseManager(long caseId, String action) {
    CareCase found = forTeam(caseId, action);
    if (!found.isCaseManager(callers.current().accountId())) {
      audit.record(
          AuditEvent.of(action, AuditOutcome.DENIED)
              .aboutPatient(found.getPatient().getId())
              .object("CareCase", caseId)
              .detail("not the case manager"));
      throw new AccessDeniedException("casework.caseManagerOnly");
    }
    return found;
  }

  private static boolean inTeam(CareCase found, CurrentCaller caller) {
    return caller.accountId() != null && found.isInTeam(caller.accountId());
  }
}
