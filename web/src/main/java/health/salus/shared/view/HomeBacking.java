package health.salus.shared.view;

import health.salus.audit.boundary.AuditLogService;
import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.boundary.AuditRecord;
import health.salus.identity.boundary.AccountAdministrationService;
import health.salus.identity.boundary.AccountView;
import health.salus.identity.entity.ProfileDetails;
import health.salus.identity.entity.Role;
import health.salus.identity.view.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The home page's own parts: a patient's missing profile details and, for an administrator, the
 * account count and the latest audit entries. Each role's worklist has its own small backing bean
 * in its feature, asked only by the sections that role sees.
 */
@Named
@ApplicationScoped
public class HomeBacking {

  static final int LATEST_AUDIT = 10;

  @Inject CurrentUser currentUser;
  @Inject AccountAdministrationService administration;
  @Inject AuditLogService auditLog;

  /** The profile fields (bundle key suffixes) the signed-in patient has not filled in yet. */
  public List<String> getMissingProfileFields() {
    AccountView me = currentUser.getAccount();
    return me != null && me.hasRole(Role.PATIENT) ? missing(me.profile()) : List.of();
  }

  /** How many accounts there are (administrators). */
  public long getAccountCount() {
    return RequestMemo.of("home.accounts", () -> administration.search("", 0, 1).total());
  }

  /** The latest entries of the audit trail (administrators). */
  public List<AuditRecord> getLatestAudit() {
    return RequestMemo.of(
        "home.audit", () -> auditLog.search(AuditQuery.all(), 0, LATEST_AUDIT).items());
  }

  /** The profile fields (bundle key suffixes) a patient has not filled in yet. */
  static List<String> missing(ProfileDetails profile) {
    List<String> missing = new ArrayList<>();
    if (profile.phone() == null || profile.phone().isBlank()) {
      missing.add("phone");
    }
    if (profile.birthDate() == null) {
      missing.add("birthDate");
    }
    if (profile.educationLevel() == null) {
      missing.add("educationLevel");
    }
    if (profile.internetAccess() == null) {
      missing.add("internetAccess");
    }
    return List.copyOf(missing);
  }
}
