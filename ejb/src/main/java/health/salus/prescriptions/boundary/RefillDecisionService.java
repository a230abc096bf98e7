package health.salus.prescriptions.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.prescriptions.control.PrescriptionRepository;
import health.salus.prescriptions.entity.RefillRequest;
import health.salus.prescriptions.entity.RefillStatus;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Refill decisions: the clinician's queue of requests and approving or denying them. Only the
 * prescriber or a clinician of the patient's care team decides; each decision fires {@link
 * RefillDecided}. Every read and decision is audited about the patient.
 */
@Stateless
@RolesAllowed(Role.Names.CLINICIAN)
public class RefillDecisionService {

  @Inject PrescriptionRepository repository;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject AuditTrail audit;
  @Inject Event<RefillDecided> decisions;
  @Inject Clock clock;

  /**
   * The requests of this status (open ones when null) that the signed-in clinician may decide,
   * oldest first. Each patient shown gets an audit entry naming the requests read.
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public Page<RefillRequestView> requestsToDecide(RefillStatus status, int page, int size) {
    UserAccount clinician = callers.account();
    RefillStatus wanted = status == null ? RefillStatus.REQUESTED : status;
    List<RefillRequestView> items =
        repository.requestsToDecide(clinician.getId(), wanted, page, size).stream()
            .map(RefillRequestView::of)
            .toList();
    audit.recordAll(
        AuditEvent.readsPerPatient(
            "REFILL_REQUESTS_READ",
            items,
            RefillRequestView::patientId,
            RefillRequestView::id,
            "requests"));
    return new Page<>(items, repository.countToDecide(clinician.getId(), wanted), page, size);
  }

  /**
   * Approves a refill: the medication has one refill fewer. Refused when the caller is neither the
   * prescriber nor in the care team (403), when the request is decided already or changed meanwhile
   * (409), or when no refills remain (422).
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public RefillRequestView approve(long requestId) {
    return decide(
        requestId, "REFILL_APPROVE", (request, by) -> request.approve(by, clock.instant()));
  }

  /** Denies a refill with a reason the patient sees (400 without one); else as {@link #approve}. */
  @RolesAllowed(Role.Names.CLINICIAN)
  public RefillRequestView deny(long requestId, String reason) {
    return decide(
        requestId, "REFILL_DENY", (request, by) -> request.deny(by, reason, clock.instant()));
  }

  private RefillRequestView decide(
      long requestId, String action, BiConsumer<RefillRequest, UserAccount> decision) {
    UserAccount clinician = callers.account();
    RefillRequest request =
        repository
            .refillRequest(requestId)
            .orElseThrow(() -> new NotFoundException("refill.notFound"));
    AuditEvent event =
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(request.getPatient().getId())
            .object("RefillRequest", requestId);
    if (!accessPolicy.permits(
        request.getPatient().getId(),
        Access.to(action, "RefillRequest", requestId)
            .allowing(Basis.CARE_TEAM)
            .treatedBy(request.getMedication().getPrescriber().getId())
            .saying("neither prescriber nor in the care team"))) {
      throw new AccessDeniedException("refill.notYours");
    }
    try {
      decision.accept(request, clinician);
      repository.flush();
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    } catch (PersistenceException changedMeanwhile) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "changed meanwhile"));
      throw new ConflictException(null, "refill.changedMeanwhile");
    }
    audit.record(event.detail(request.getStatus().name()));
    Instant decidedAt = request.getDecidedAt();
    decisions.fire(
        new RefillDecided(
            request.getId(),
            request.getPatient().getId(),
            request.getMedication().getId(),
            request.getMedication().getName() + " " + request.getMedication().getDose(),
            request.getStatus(),
            request.getReason(),
            request.getMedication().getRefillsRemaining(),
            decidedAt,
            clinician.getUsername()));
    return RefillRequestView.of(request);
  }
}
