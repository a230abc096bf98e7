package health.salus.consent.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.control.ConsentRepository;
import health.salus.consent.entity.ConsentCategory;
import health.salus.consent.entity.ConsentGrant;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A patient's consent grants: the patient grants another account categories of their record until a
 * moment (and, with {@code actFor}, acting for them), lists their grants and revokes them; anyone
 * signed in sees whom they represent under active grants. Every grant and revocation is audited
 * about the patient with purpose CONSENT.
 */
@Stateless
public class ConsentService {

  /** The purpose of use the audit trail records for consent's own entries. */
  static final String PURPOSE = "CONSENT";

  @Inject ConsentRepository repository;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * The signed-in patient grants an account categories of their record until {@code validUntil}.
   * Refused, and nothing stored: missing fields, an unknown category or an end not in the future
   * (400, naming the field); a grantee that is not an enabled account (422, saying no more than
   * that) or the patient themself (422).
   */
  @RolesAllowed(Role.Names.PATIENT)
  public ConsentGrantView grantAccess(NewConsentGrant input) {
    validation.check(input);
    Set<ConsentCategory> categories = categories(input.categories());
    Patient patient = patient();
    UserAccount grantee =
        repository
            .account(input.granteeUsername())
            .filter(UserAccount::isEnabled)
            .orElseThrow(() -> new RuleViolationException("consent.granteeUnknown"));
    ConsentGrant grant =
        new ConsentGrant(
            patient,
            grantee,
            categories,
            input.validUntil(),
            Boolean.TRUE.equals(input.actFor()),
            clock);
    repository.add(grant);
    repository.flush();
    audit.record(
        AuditEvent.of("CONSENT_GRANT", AuditOutcome.SUCCESS)
            .aboutPatient(patient.getId())
            .object("ConsentGrant", grant.getId())
            .purpose(PURPOSE)
            .detail(
                grantee.getUsername()
                    + " "
                    + grant.getCategories()
                    + (grant.isActFor() ? " acting for" : "")
                    + " until "
                    + grant.getValidUntil()));
    return ConsentGrantView.of(grant, clock.instant());
  }

  /** The signed-in patient's grants, newest first, each with its status now. */
  @RolesAllowed(Role.Names.PATIENT)
  public List<ConsentGrantView> myGrants() {
    Instant now = clock.instant();
    return repository.grantsOf(patient().getId()).stream()
        .map(g -> ConsentGrantView.of(g, now))
        .toList();
  }

  /**
   * The signed-in patient revokes one of their grants: it gives nothing from this moment on.
   * Revoking a revoked grant again changes nothing and is no error (DELETE is idempotent); another
   * patient's grant, or none with this id, is not found (404), and the attempt is audited by the
   * access policy.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public void revokeAccess(long grantId) {
    ConsentGrant grant = repository.grant(grantId).orElse(null);
    if (!accessPolicy.permits(
        grant == null ? null : grant.getPatient().getId(),
        Access.to("CONSENT_REVOKE", "ConsentGrant", grantId)
            .allowing(Basis.SELF)
            .saying("not the caller's grant"))) {
      throw new NotFoundException("consent.notFound");
    }
    if (grant.revoke(callers.account(), clock)) {
      audit.record(
          AuditEvent.of("CONSENT_REVOKE", AuditOutcome.SUCCESS)
              .aboutPatient(grant.getPatient().getId())
              .object("ConsentGrant", grant.getId())
              .purpose(PURPOSE)
              .detail(grant.getGrantee().getUsername()));
    }
  }

  /**
   * The patients whose data the caller may see or act for: one entry per grant to the caller that
   * is active now (not revoked, not expired), ending soonest first. Nothing for anyone else.
   */
  @PermitAll
  @AnySignedIn
  public List<RepresentedPerson> represented() {
    Long accountId = callers.current().accountId();
    if (accountId == null) {
      return List.of();
    }
    return repository.activeFor(accountId, clock.instant()).stream()
        .map(RepresentedPerson::of)
        .toList();
  }

  private static Set<ConsentCategory> categories(List<String> names) {
    Set<ConsentCategory> categories = EnumSet.noneOf(ConsentCategory.class);
    for (String name : names) {
      try {
        categories.add(ConsentCategory.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException | NullPointerException unknown) {
        throw new InvalidInputException("categories", "input.consentCategory");
      }
    }
    return categories;
  }

  /** The record of the signed-in patient. */
  private Patient patient() {
    return callers.patient().orElseThrow(() -> new NotFoundException("consent.notAPatient"));
  }
}
