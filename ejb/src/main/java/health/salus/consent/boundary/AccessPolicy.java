package health.salus.consent.boundary;

import health.salus.audit.boundary.ActingFor;
import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.control.CareRelations;
import health.salus.consent.control.CareTeamRestrictions;
import health.salus.consent.control.ConsentRepository;
import health.salus.consent.control.DecisionsOfThisRequest;
import health.salus.consent.control.EmergencyAccesses;
import health.salus.consent.entity.ConsentGrant;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place that decides whether the caller may act for or read about a patient: book, move and
 * cancel the patient's appointments, see them, their waitlist entries and their invoices (the
 * patient themself and the front desk), run a consultation (the appointment's practitioner), act on
 * prescriptions (the patient on their own, the prescriber or the care team on decisions), read a
 * category of the record under the patient's active grant ({@link Basis#CONSENT}, where a feature
 * names it), read what the case team of the patient's cases reads ({@link Basis#CASE_TEAM}), or as
 * a clinician who opened the record in an emergency ({@link Basis#EMERGENCY}). A carer holding the
 * patient's active grant with {@code actFor} ({@link Basis#ACTING_FOR}) acts for the patient
 * wherever {@link Access#to} asks, without the features knowing about grants; the grant is looked
 * up at each decision, so a revoked or expired one gives nothing from the next request on.
 *
 * <p>{@link #permits} writes each decision to the audit trail: every refusal (DENIED, with the
 * patient's id, the action and the object), and every access given to someone other than the
 * patient (ALLOWED, with the purpose of its basis: ADMINISTRATION, CARE), once per action and
 * patient in a request, so a list or a page that asks again adds nothing; a carer's access also
 * names the patient it was on behalf of ({@link ActingFor}), on this and the request's other
 * entries about the patient. A patient acting on their own record gets no decision entry: the
 * feature's own entry of what was done says it already. Open to every caller: an anonymous caller
 * has no roles and is refused.
 *
 * <p>A category the patient keeps from their care team ({@link CareTeamRestrictions}) is not read
 * on {@link Basis#CARE_TEAM} or {@link Basis#TREATING_PRACTITIONER}: an access that names the
 * {@link Access#category() category} it reads is refused on those bases (DENIED, purpose CARE,
 * "restricted by the patient") unless another basis holds: the patient, the patient's grant ({@link
 * Basis#CONSENT}, the patient's own choice of a person) or an emergency access. Accesses that read
 * no category (deciding a refill, prescribing, entering a result) stay with the care team.
 */
@Stateless
@PermitAll
public class AccessPolicy {

  /** How a refusal on a category the patient keeps from their care team is audited. */
  static final String RESTRICTED = "restricted by the patient";

  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject CareRelations careRelations;
  @Inject CareTeamRestrictions restrictions;
  @Inject DecisionsOfThisRequest decisions;
  @Inject ActingFor actingFor;
  @Inject ConsentRepository grants;
  @Inject EmergencyAccesses emergencies;
  @Inject Clock clock;

  /**
   * Whether the caller may act for the patient with this id (the patient, the front desk, a carer
   * under an active {@code actFor} grant), without an audit entry: for choosing what to show, where
   * the feature audits what it then shows.
   */
  public boolean mayActFor(long patientId) {
    CurrentCaller caller = callers.current();
    return caller.isStaff()
        || caller.isPatient(patientId)
        || actingGrant(caller, patientId).isPresent();
  }

  /**
   * Whether the caller would be let do this for or about the patient, on one of the access's bases,
   * without deciding it: no audit entry. For whether to offer something at all (a page section
   * beside the thing the page is for), so that a caller without the reason is not refused, and the
   * trail holds no denial of a request nobody made; what is then read goes through {@link
   * #permits}, which decides and audits it.
   */
  public boolean wouldPermit(Long patientId, Access access) {
    CurrentCaller caller = callers.current();
    return patientId != null
        && access.bases().stream().anyMatch(b -> holds(b, caller, patientId, access));
  }

  /**
   * Whether the caller may do this for or about the patient, on one of the access's bases; the
   * decision is written to the audit trail as said above. A {@code null} patient (the object does
   * not exist) is refused and audited as well.
   */
  public boolean permits(Long patientId, Access access) {
    return basis(patientId, access).isPresent();
  }

  /**
   * As {@link #permits}, decided and audited the same way, but telling on which basis the access is
   * allowed (the first of the access's bases that holds, in {@link Basis} order), or empty when it
   * is refused: for a feature that shows more to one basis than to another (results not yet
   * released: to the care team, not yet to the patient or the patient's grantees).
   */
  public Optional<Basis> basis(Long patientId, Access access) {
    CurrentCaller caller = callers.current();
    Optional<Basis> basis =
        patientId == null
            ? Optional.empty()
            : access.bases().stream()
                .sorted()
                .filter(b -> holds(b, caller, patientId, access))
                .findFirst();
    if (basis.isEmpty()) {
      boolean restricted = patientId != null && keptFromCareTeam(caller, patientId, access);
      audit.record(
          AuditEvent.of(access.action(), AuditOutcome.DENIED)
              .aboutPatient(patientId)
              .object(access.objectType(), access.objectId())
              .purpose(restricted ? Basis.CARE_TEAM.purpose() : null)
              .detail(restricted ? access.category() + " " + RESTRICTED : access.refusalDetail()));
      return basis;
    }
    if (basis.get() == Basis.ACTING_FOR) {
      actingGrant(caller, patientId)
          .ifPresent(g -> actingFor.note(patientId, g.getPatient().getAccount().getUsername()));
    }
    if (basis.get() != Basis.SELF && firstInThisRequest(access.action(), patientId)) {
      audit.record(
          AuditEvent.of(access.action(), AuditOutcome.ALLOWED)
              .aboutPatient(patientId)
              .object(access.objectType(), access.objectId())
              .purpose(basis.get().purpose())
              .detail(basis.get().name()));
    }
    return basis;
  }

  private boolean holds(Basis basis, CurrentCaller caller, long patientId, Access access) {
    return switch (basis) {
      case SELF -> caller.isPatient(patientId);
      case FRONT_DESK -> caller.isStaff();
      case TREATING_PRACTITIONER -> treats(caller, access) && !restricted(patientId, access);
      case CARE_TEAM -> inCareTeam(caller, patientId, access) && !restricted(patientId, access);
      case CASE_TEAM ->
          caller.accountId() != null
              && careRelations.inCaseTeam(caller.accountId(), patientId)
              && !restricted(patientId, access);
      case CONSENT ->
          access.category() != null
              && caller.accountId() != null
              && grants.opens(caller.accountId(), patientId, access.category(), clock.instant());
      case ACTING_FOR -> actingGrant(caller, patientId).isPresent();
      case EMERGENCY ->
          caller.practitionerId() != null
              && caller.accountId() != null
              && emergencies.openFor(caller.accountId(), patientId, clock.instant());
    };
  }

  private boolean inCareTeam(CurrentCaller caller, long patientId, Access access) {
    return treats(caller, access)
        || (caller.practitionerId() != null
            && caller.accountId() != null
            && careRelations.inCareTeam(caller.accountId(), patientId));
  }

  /** Whether the access reads a category the patient keeps from their care team. */
  private boolean restricted(long patientId, Access access) {
    return access.category() != null && restrictions.restricts(patientId, access.category());
  }

  /**
   * Whether a refused access was refused because the patient keeps its category from their care
   * team: the caller is of the care team (or treats the patient) and the access asked for that.
   */
  private boolean keptFromCareTeam(CurrentCaller caller, long patientId, Access access) {
    boolean careAsked =
        access.bases().contains(Basis.CARE_TEAM) && inCareTeam(caller, patientId, access)
            || access.bases().contains(Basis.TREATING_PRACTITIONER) && treats(caller, access);
    return careAsked && restricted(patientId, access);
  }

  /** The patient's grant that lets the caller act for them now: active and with actFor. */
  private Optional<ConsentGrant> actingGrant(CurrentCaller caller, long patientId) {
    if (caller.accountId() == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return grants.activeBetween(caller.accountId(), patientId, now).stream()
        .filter(g -> g.letsActForAt(now))
        .findFirst();
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
