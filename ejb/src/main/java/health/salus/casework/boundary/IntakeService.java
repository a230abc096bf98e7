package health.salus.casework.boundary;

import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.casework.control.CaseAccess;
import health.salus.casework.control.CaseAudit;
import health.salus.casework.control.CaseworkRepository;
import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.IntakeAssessment;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;

/**
 * The intake assessment of a case that starts from a referral: the case manager records it, and
 * revises it while the case is in INTAKE, naming the version they read (a stale one: 409); the case
 * team reads it. The case opens only once it is recorded (see {@link CaseworkService#openIntake}).
 * Reads and changes audited about the patient, refusals too.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
public class IntakeService {

  @Inject CaseworkRepository repository;
  @Inject CaseAccess access;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject CaseAudit caseAudit;
  @Inject Clock clock;

  /** The intake assessment of the case, for the case team; 404 when none is recorded. */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public IntakeView read(long caseId) {
    CareCase c = access.forTeam(caseId, "CASE_INTAKE_READ");
    IntakeAssessment found =
        repository.intake(caseId).orElseThrow(() -> new NotFoundException("casework.intake.none"));
    audit.record(CaseAudit.event(c, "CASE_INTAKE_READ").object("CaseIntake", found.getId()));
    return IntakeView.of(found);
  }

  /**
   * Records the intake assessment of a case in INTAKE (else 422), or revises the one recorded: then
   * {@code version} must be the version read (missing or stale: 409). Missing answers: 400. By the
   * case manager of the case.
   */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public IntakeView record(long caseId, IntakeForm form) {
    if (form == null) {
      throw new InvalidInputException("presentingNeeds", "casework.presentingNeeds.required");
    }
    CareCase c = access.forCaseManager(caseId, "CASE_INTAKE_RECORD");
    Optional<IntakeAssessment> recorded = repository.intake(caseId);
    if (recorded.isPresent()
        && (form.version() == null || form.version() != recorded.get().getVersion())) {
      audit.record(
          CaseAudit.event(c, "CASE_INTAKE_RECORD")
              .withOutcome(AuditOutcome.FAILURE, "stale version " + form.version()));
      throw new ConflictException("version", "casework.intake.changedMeanwhile");
    }
    IntakeAssessment intake =
        caseAudit.audited(
            c,
            "CASE_INTAKE_RECORD",
            () -> {
              if (recorded.isPresent()) {
                recorded.get().revise(form.answers(), callers.account(), clock.instant());
                return recorded.get();
              }
              IntakeAssessment first =
                  new IntakeAssessment(c, form.answers(), callers.account(), clock.instant());
              repository.add(first);
              return first;
            });
    try {
      repository.flush();
    } catch (PersistenceException changedMeanwhile) {
      audit.record(
          CaseAudit.event(c, "CASE_INTAKE_RECORD")
              .withOutcome(AuditOutcome.FAILURE, "changed meanwhile"));
      throw new ConflictException("version", "casework.intake.changedMeanwhile");
    }
    audit.record(
        CaseAudit.event(c, "CASE_INTAKE_RECORD")
            .object("CaseIntake", intake.getId())
            .detail((recorded.isPresent() ? "revised v" : "recorded v") + intake.getVersion()));
    return IntakeView.of(intake);
  }
}
