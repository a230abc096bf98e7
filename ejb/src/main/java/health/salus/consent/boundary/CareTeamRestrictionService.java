package health.salus.consent.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.control.CareTeamRestrictions;
import health.salus.consent.entity.CareTeamRestriction;
import health.salus.consent.entity.ConsentCategory;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the patient keeps from their care team: the signed-in patient (only they: not a carer, not
 * staff) names categories of their record ({@code CONDITIONS}, {@code MEDICATIONS}, {@code
 * RESULTS}, {@code DOCUMENTS}, {@code READINGS}) that the care team no longer reads; the access
 * policy applies it (see {@link AccessPolicy}). Changes to one patient's restrictions run one after
 * the other (the patient's row is locked), so two changes of different categories both stay. A
 * change is audited about the patient (CARE_TEAM_RESTRICTION_CHANGED, purpose CONSENT, the
 * categories before and after); a request that changes nothing writes nothing.
 */
@Stateless
@RolesAllowed(Role.Names.PATIENT)
public class CareTeamRestrictionService {

  static final String ACTION = "CARE_TEAM_RESTRICTION_CHANGED";

  @Inject CareTeamRestrictions restrictions;
  @Inject Callers callers;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The categories the signed-in patient keeps from their care team. */
  @RolesAllowed(Role.Names.PATIENT)
  public CareTeamRestrictionsView myRestrictions() {
    return CareTeamRestrictionsView.of(restrictions.of(patient().getId()));
  }

  /**
   * The signed-in patient keeps exactly these categories from their care team (an empty list:
   * none). A missing list, an unknown category or {@code ALL} is refused (400) and nothing changes.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public CareTeamRestrictionsView restrictTo(CareTeamRestrictionsInput input) {
    validation.check(input);
    Set<ConsentCategory> wanted = categories(input.categories());
    Patient patient = restrictions.locked(patient().getId());
    Set<ConsentCategory> lifted = restrictions.of(patient.getId());
    lifted.removeAll(wanted);
    return change(patient, wanted, lifted);
  }

  /**
   * The signed-in patient restricts some categories and lifts others, leaving the rest as they are:
   * a page sends what its user changed, so that a change made meanwhile elsewhere stays. A category
   * in both lists, an unknown one or {@code ALL} is refused (400) and nothing changes.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public CareTeamRestrictionsView changeRestrictions(
      Collection<String> restrict, Collection<String> lift) {
    Set<ConsentCategory> restricted = categories(restrict);
    Set<ConsentCategory> lifted = categories(lift);
    if (restricted.stream().anyMatch(lifted::contains)) {
      throw new InvalidInputException("categories", "consent.restriction.category");
    }
    Patient patient = restrictions.locked(patient().getId());
    return change(patient, restricted, lifted);
  }

  private CareTeamRestrictionsView change(
      Patient patient, Set<ConsentCategory> restrict, Set<ConsentCategory> lift) {
    long patientId = patient.getId();
    Set<ConsentCategory> before = restrictions.of(patientId);
    restrict.forEach(c -> restrictions.restrict(patient, c, clock));
    lift.forEach(c -> restrictions.lift(patientId, c));
    restrictions.flush();
    Set<ConsentCategory> after = restrictions.of(patientId);
    if (!after.equals(before)) {
      audit.record(
          AuditEvent.of(ACTION, AuditOutcome.SUCCESS)
              .aboutPatient(patientId)
              .object("Patient", patientId)
              .purpose(ConsentService.PURPOSE)
              .detail(before + " -> " + after));
    }
    return CareTeamRestrictionsView.of(after);
  }

  /** The categories by name; null, unknown or ALL: 400. */
  private static Set<ConsentCategory> categories(Collection<String> names) {
    Set<ConsentCategory> categories = EnumSet.noneOf(ConsentCategory.class);
    if (names == null) {
      return categories;
    }
    for (String name : names) {
      ConsentCategory category = parse(name);
      if (!CareTeamRestriction.restrictable(category)) {
        throw new InvalidInputException("categories", "consent.restriction.category");
      }
      categories.add(category);
    }
    return categories;
  }

  private static ConsentCategory parse(String name) {
    try {
      return ConsentCategory.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return null;
    }
  }

  /** The record of the signed-in patient. */
  private Patient patient() {
    return callers.patient().orElseThrow(() -> new NotFoundException("consent.notAPatient"));
  }
}
