package health.salus.consent.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.control.CareRelations;
import health.salus.consent.control.ConsentRepository;
import health.salus.consent.control.DecisionsOfThisRequest;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The one place that decides whether the caller may act for or read about a patient: book, move and
 * cancel the patient's appointments, see them, their waitlist entries and their invoices (the
 * patient themself and the front desk), run a consultation (the appointment's practitioner), act on
 * prescriptions (the patient on their own, the prescriber or the care team on decisions), read a
 * category of the record under the patient's active grant ({@link Basis#CONSENT}, where a feature
 * names it). Carers acting under an {@code actFor} grant will plug in here as another {@link
 * Basis}, without any change to the features that ask.
 *
 * <p>{@link #permits} writes each decision to the audit trail: every refusal (DENIED, with the
 * patient's id, the action and the object), and every access given to someone other than the
 * patient (ALLOWED, with the purpose of its basis: ADMINISTRATION, CARE), once per action and
 * patient in a request, so a list or a page that asks again adds nothing. A patient acting on their
 * own record gets no decision entry: the feature's own entry of what was done says it already. Open
 * to every caller: an anonymous caller has no roles and is refused.
 */
@Stateless
@PermitAll
public class AccessPolicy {

  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject CareRelations careRelations;
  @Inject DecisionsOfThisRequest decisions;
  @Inject ConsentRepository grants;
  @Inject Clock clock;

  /**
   * Whether the caller may act for the patient with this id, without an audit entry: for choosing
   * what to show, where the feature audits what it then shows.
   */
  public boolean mayActFor(long patientId) {
    CurrentCaller caller = callers.current();
    return caller.isStaff() || caller.isPatient(patientId);
  }

  /**
   * Whether the caller may do this for or about the patient, on one of the access's bases; the
   * decision is written to the audit trail as said above. A {@code null} patient (the object does
   * not exist) is refused and audited as well.
   */
  public boolean permits(Long patientId, Access access) {
    CurrentCaller caller = callers.current();
    Optional<Basis> basis =
        patientId == null
            ? Optional.empty()
            : access.bases().stream().filter(b -> holds(b, caller, patientId, access)).findFirst();
    if (basis.isEmpty()) {
      audit.record(
          AuditEvent.of(access.action(), AuditOutcome.DENIED)
              .aboutPatient(patientId)
              .object(access.objectType(), access.objectId())
              .detail(access.refusalDetail()));
      return false;
    }
    if (basis.get() != Basis.SELF && firstInThisRequest(access.action(), patientId)) {
      audit.record(
          AuditEvent.of(access.action(), AuditOutcome.ALLOWED)
              .aboutPatient(patientId)
              .object(access.objectType(), access.objectId())
              .purpose(basis.get().purpose())
              .detail(basis.get().name()));
    }
    return true;
  }

  private boolean holds(Basis basis, CurrentCaller caller, long patientId, Access access) {
    return switch (basis) {
      case SELF -> caller.isPatient(patientId);
      case FRONT_DESK -> caller.isStaff();
      case TREATING_PRACTITIONER -> treats(caller, access);
      case CARE_TEAM ->
          treats(caller, access)
              || (caller.practitionerId() != null
                  && caller.accountId() != null
                  && careRelations.inCareTeam(caller.accountId(), patientId));
      case CONSENT ->
          access.category() != null
              && caller.accountId() != null
              && grants.opens(caller.accountId(), patientId, access.category(), clock.instant());
    };
  }

  private static boolean treats(CurrentCaller caller, Access access) {
    return access.practitionerId() != null && caller.isPractitioner(access.practitionerId());
  }

  private boolean firstInThisRequest(String action, long patientId) {
    try {
      return decisions.first(action, patientId);
    } catch (ContextNotActiveException outsideARequest) {
      return true;
    }
  }
}
