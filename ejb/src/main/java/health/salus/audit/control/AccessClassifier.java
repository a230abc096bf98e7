package health.salus.audit.control;

import health.salus.audit.boundary.AccessCategory;
import health.salus.audit.boundary.AccessOutcome;
import health.salus.audit.boundary.AccessPurpose;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.entity.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How an audit entry reads in a patient's access history: the one table from audit actions to
 * categories, from audit outcomes to allowed or denied, and the rule that gives each entry its
 * purpose.
 *
 * <p>Purpose, in this order: the patient's own action is SELF; an entry that recorded one of the
 * history's purposes (the access policy's decisions, staff lists) keeps it; otherwise the actor's
 * {@linkplain #mainRole main role} says it: practitioners (clinician, educator, case manager) CARE,
 * staff, administrators and moderators ADMINISTRATION, carers and other patients CONSENT (the only
 * basis on which they could ever see a patient's data; a refused try is shown with the basis it
 * would have needed). The system's own work (no actor: invoice runs, waitlist offers) and an
 * unknown account are ADMINISTRATION. A recorded purpose that is free text (a void reason) is not a
 * purpose of the history and is ignored.
 */
public final class AccessClassifier {

  /** Action prefixes and their category, the first match wins; anything else is OTHER. */
  private static final List<Map.Entry<String, AccessCategory>> CATEGORIES =
      List.of(
          Map.entry("MEDICATION", AccessCategory.MEDICATIONS),
          Map.entry("REFILL", AccessCategory.MEDICATIONS),
          Map.entry("APPOINTMENT", AccessCategory.APPOINTMENTS),
          Map.entry("WAITLIST", AccessCategory.APPOINTMENTS),
          Map.entry("CALENDAR", AccessCategory.APPOINTMENTS),
          Map.entry("CONSULTATION", AccessCategory.APPOINTMENTS),
          Map.entry("AVAILABILITY", AccessCategory.APPOINTMENTS),
          Map.entry("INVOICE", AccessCategory.BILLING),
          Map.entry("PAYMENT", AccessCategory.BILLING),
          Map.entry("BALANCE", AccessCategory.BILLING),
          Map.entry("FEE_ITEM", AccessCategory.BILLING),
          Map.entry("ACCOUNT", AccessCategory.ACCOUNT),
          Map.entry("PROFILE", AccessCategory.ACCOUNT),
          Map.entry("REGISTER", AccessCategory.ACCOUNT),
          Map.entry("PASSWORD", AccessCategory.ACCOUNT),
          Map.entry("APP_PASSWORD", AccessCategory.ACCOUNT),
          Map.entry("MFA", AccessCategory.ACCOUNT),
          Map.entry("ROLE", AccessCategory.ACCOUNT),
          Map.entry("LOGIN", AccessCategory.ACCOUNT),
          Map.entry("PATIENT_SEARCH", AccessCategory.ACCOUNT),
          Map.entry("CARE_TEAM", AccessCategory.ACCOUNT),
          Map.entry("CONSENT", AccessCategory.ACCOUNT),
          // The record's categories (records.boundary: CONDITIONS_READ, CONDITION_ADD, ...).
          Map.entry("CONDITION", AccessCategory.CONDITIONS),
          Map.entry("ALLERG", AccessCategory.CONDITIONS),
          Map.entry("IMMUNISATION", AccessCategory.CONDITIONS),
          Map.entry("OBSERVATION", AccessCategory.RESULTS),
          Map.entry("RESULT", AccessCategory.RESULTS),
          Map.entry("DOCUMENT", AccessCategory.DOCUMENTS),
          Map.entry("READING", AccessCategory.READINGS),
          Map.entry("EMERGENCY", AccessCategory.RECORD));

  /** Roles from the most to the least telling of why someone reached a patient's data. */
  private static final List<Role> ROLE_ORDER =
      List.of(
          Role.CLINICIAN,
          Role.EDUCATOR,
          Role.CASE_MANAGER,
          Role.STAFF,
          Role.ADMIN,
          Role.MODERATOR,
          Role.CARER,
          Role.PATIENT);

  private AccessClassifier() {}

  /** The category of an audit action. */
  public static AccessCategory category(String action) {
    String name = action == null ? "" : action.toUpperCase(Locale.ROOT);
    return CATEGORIES.stream()
        .filter(e -> name.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(AccessCategory.OTHER);
  }

  /**
   * Allowed or denied: done (SUCCESS) and access given (ALLOWED) went through; a refusal (DENIED)
   * and a failure (FAILURE: an error or a bad request, nothing reached) did not.
   */
  public static AccessOutcome outcome(AuditOutcome outcome) {
    return switch (outcome) {
      case SUCCESS, ALLOWED -> AccessOutcome.ALLOWED;
      case DENIED, FAILURE -> AccessOutcome.DENIED;
    };
  }

  /** The role that tells most about an account's access; null for none. */
  public static Role mainRole(Set<Role> roles) {
    return ROLE_ORDER.stream().filter(roles::contains).findFirst().orElse(null);
  }

  /**
   * The purpose of an entry, as the class says.
   *
   * @param recorded the purpose the entry recorded, or null
   * @param bySelf whether the actor is the patient themself
   * @param actorRole the actor's {@linkplain #mainRole main role}; null for the system or an
   *     unknown account
   */
  public static AccessPurpose purpose(String recorded, boolean bySelf, Role actorRole) {
    if (bySelf) {
      return AccessPurpose.SELF;
    }
    AccessPurpose kept = known(recorded);
    if (kept != null) {
      return kept;
    }
    if (actorRole == null) {
      return AccessPurpose.ADMINISTRATION;
    }
    return switch (actorRole) {
      case CLINICIAN, EDUCATOR, CASE_MANAGER -> AccessPurpose.CARE;
      case STAFF, ADMIN, MODERATOR -> AccessPurpose.ADMINISTRATION;
      case CARER, PATIENT -> AccessPurpose.CONSENT;
    };
  }

  private static AccessPurpose known(String recorded) {
    if (recorded == null) {
      return null;
    }
    for (AccessPurpose p : AccessPurpose.values()) {
      if (p.name().equals(recorded.trim())) {
        return p;
      }
    }
    return null;
  }
}
