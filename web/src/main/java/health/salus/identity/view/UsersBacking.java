package health.salus.identity.view;

import health.salus.identity.boundary.AccountAdministrationService;
import health.salus.identity.boundary.AccountView;
import health.salus.identity.boundary.NewStaffAccount;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrators' accounts page: search, page through, disable and enable, give and take staff
 * roles, create staff accounts. Each change is one service call, then the page reloads (keeping the
 * search) with a confirmation.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;

  /** Roles an administrator gives; patient and carer come from registration and relations. */
  static final List<Role> STAFF_ROLES =
      List.copyOf(EnumSet.complementOf(EnumSet.of(Role.PATIENT, Role.CARER)));

  @Inject AccountAdministrationService administration;

  private String text;
  private final PagedTable<AccountRow> accounts = new PagedTable<>(this::accounts, AccountRow::id);

  private AccountRow selected;
  private Role role;

  private String newUsername;
  private String newFullName;
  private String newEmail;
  private String newPassword;
  private List<String> newRoles = List.of();

  /** A page of the search result, loaded by the table as the administrator pages. */
  private Page<AccountRow> accounts(int page, int size) {
    Page<AccountView> found = administration.search(text, page, size);
    return new Page<>(
        found.items().stream().map(AccountRow::of).toList(), found.total(), page, size);
  }

  public void disable(AccountRow row) throws IOException {
    change(() -> administration.disable(row.id()), "admin.users.disabled", row.username());
  }

  public void resetMfa(AccountRow row) throws IOException {
    change(() -> administration.resetMfa(row.id()), "admin.users.mfaReset", row.username());
  }

  public void enable(AccountRow row) throws IOException {
    change(() -> administration.enable(row.id()), "admin.users.enabled", row.username());
  }

  /** Opens the roles dialog for an account. */
  public void select(AccountRow row) {
    selected = row;
    role = null;
  }

  public void grantRole() throws IOException {
    if (selected != null) {
      change(
          () -> administration.grantRole(selected.id(), role),
          "admin.users.roleGranted",
          selected.username());
    }
  }

  public void revokeRole() throws IOException {
    if (selected != null) {
      change(
          () -> administration.revokeRole(selected.id(), role),
          "admin.users.roleRevoked",
          selected.username());
    }
  }

  public void createStaffAccount() throws IOException {
    PageAction.change(
        () ->
            administration.createStaffAccount(
                new NewStaffAccount(
                    newUsername,
                    newFullName,
                    newEmail,
                    newPassword,
                    newRoles == null
                        ? Set.of()
                        : newRoles.stream().map(Role::valueOf).collect(Collectors.toSet()))),
        "newAccount",
        Map.of(
            "username", "username",
            "fullName", "fullName",
            "email", "email",
            "initialPassword", "password",
            "roles", "roles"),
        page(),
        "admin.users.created",
        newUsername);
  }

  private void change(Runnable call, String confirmationKey, String username) throws IOException {
    PageAction.change(call, null, page(), confirmationKey, username);
  }

  /** This page again, keeping the search. */
  private String page() {
    String query =
        text == null || text.isBlank()
            ? ""
            : "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    return "/admin/users.xhtml" + query;
  }

  public PagedTable<AccountRow> getAccounts() {
    return accounts;
  }

  public List<Role> getStaffRoles() {
    return STAFF_ROLES;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public AccountRow getSelected() {
    return selected;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewFullName() {
    return newFullName;
  }

  public void setNewFullName(String newFullName) {
    this.newFullName = newFullName;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }
}
