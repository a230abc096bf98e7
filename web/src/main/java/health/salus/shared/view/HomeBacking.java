package health.salus.shared.view;

import health.salus.audit.boundary.AuditQuery;
import health.salus.audit.boundary.AuditRecord;
import health.salus.audit.boundary.AuditTrail;
import health.salus.directory.boundary.DirectoryService;
import health.salus.directory.boundary.PractitionerView;
import health.salus.identity.boundary.AccountAdministrationService;
import health.salus.identity.boundary.AccountView;
import health.salus.identity.entity.ProfileDetails;
import health.salus.identity.entity.Role;
import health.salus.identity.view.CurrentUser;
import health.salus.shared.boundary.Page;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The home page: one panel per role of the signed-in user, each showing what that role can use
 * today. Loads only what the user's roles need.
 */
@Named
@RequestScoped
public class HomeBacking {

  static final int LATEST_AUDIT = 10;

  @Inject CurrentUser currentUser;
  @Inject AccountAdministrationService administration;
  @Inject AuditTrail auditTrail;
  @Inject DirectoryService directory;

  private List<String> missingProfileFields = List.of();
  private long accountCount;
  private List<AuditRecord> latestAudit = List.of();
  private List<PractitionerView> practitioners = List.of();

  @PostConstruct
  void load() {
    AccountView me = currentUser.getAccount();
    if (me == null) {
      return;
    }
    if (me.hasRole(Role.PATIENT)) {
      missingProfileFields = missing(me.profile());
    }
    if (me.hasRole(Role.ADMIN)) {
      accountCount = administration.search("", 0, 1).total();
      latestAudit = auditTrail.search(AuditQuery.all(), 0, LATEST_AUDIT).items();
    }
    if (me.roles().stream().anyMatch(HomeBacking::seesDirectory)) {
      practitioners = directory.practitioners(null, 0, Page.MAX_SIZE).items();
    }
  }

  /** Roles whose panel shows the practitioner directory: everyone but patients and admins. */
  public static boolean seesDirectory(Role role) {
    return role != Role.PATIENT && role != Role.ADMIN;
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

  public List<String> getMissingProfileFields() {
    return missingProfileFields;
  }

  public long getAccountCount() {
    return accountCount;
  }

  public List<AuditRecord> getLatestAudit() {
    return latestAudit;
  }

  public List<PractitionerView> getPractitioners() {
    return practitioners;
  }
}
