package health.salus.identity.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.control.AccountRepository;
import health.salus.identity.control.AccountStates;
import health.salus.identity.control.CredentialCache;
import health.salus.identity.control.MfaRepository;
import health.salus.identity.control.PasswordHasher;
import health.salus.identity.control.PasswordPolicy;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.boundary.RuleViolationException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The IT department's account work: finding accounts, creating staff accounts, giving and taking
 * roles, disabling and enabling accounts. Every change is audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountAdministrationService {

  /** Roles that come from registration or a carer relation, not from an administrator. */
  static final Set<Role> PERSONAL_ROLES = EnumSet.of(Role.PATIENT, Role.CARER);

  @Resource SessionContext session;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy passwordPolicy;
  @Inject CredentialCache credentialCache;
  @Inject MfaRepository mfa;
  @Inject AccountStates states;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Accounts whose username, name or e-mail contains the text (all when blank), by name. */
  @RolesAllowed(Role.Names.ADMIN)
  public Page<AccountView> search(String text, int page, int size) {
    Instant now = clock.instant();
    Page<AccountView> found =
        new Page<>(
            accounts.search(text, page, size).stream().map(a -> view(a, now)).toList(),
            accounts.count(text),
            page,
            size);
    auditPatientsShown("ACCOUNT_SEARCH", found.items());
    return found;
  }

  /** One account with its profile; a patient's is recorded as a read of that patient's data. */
  @RolesAllowed(Role.Names.ADMIN)
  public AccountView account(long id) {
    AccountView account = view(find(id), clock.instant());
    auditPatientsShown("ACCOUNT_READ", List.of(account));
    return account;
  }

  /**
   * Patients' accounts carry personal and health-related profile data (accessibility needs): one
   * audit entry per patient whose account was shown.
   */
  private void auditPatientsShown(String action, List<AccountView> shown) {
    List<AuditEvent> reads =
        shown.stream()
            .filter(a -> a.patientId() != null)
            .map(
                a ->
                    AuditEvent.of(action, AuditOutcome.SUCCESS)
                        .aboutPatient(a.patientId())
                        .object("UserAccount", a.id())
                        .purpose("ADMINISTRATION"))
            .toList();
    if (!reads.isEmpty()) {
      audit.recordAll(reads);
    }
  }

  /** Creates an account for a member of staff with the given (staff) roles. */
  @RolesAllowed(Role.Names.ADMIN)
  public AccountView createStaffAccount(NewStaffAccount request) {
    validation.check(request);
    if (request.roles().stream().anyMatch(PERSONAL_ROLES::contains)) {
      throw new InvalidInputException("roles", "role.notAssignable");
    }
    String username = UserAccount.normalise(request.username());
    passwordPolicy
        .violation(request.initialPassword(), username)
        .ifPresent(
            key -> {
              throw new InvalidInputException("initialPassword", key);
            });
    if (accounts.byUsername(username).isPresent()) {
      throw new ConflictException("username", "username.taken");
    }
    UserAccount account =
        new UserAccount(
            username,
            hasher.hash(request.initialPassword()),
            request.email(),
            request.fullName(),
            null,
            request.roles(),
            clock.instant());
    try {
      accounts.add(account);
      accounts.flush();
    } catch (PersistenceException lostRace) {
      throw new ConflictException("username", "username.taken");
    }
    audit.record(
        AuditEvent.of("ACCOUNT_CREATE", AuditOutcome.SUCCESS)
            .object("UserAccount", account.getId())
            .detail("roles " + account.getRoles()));
    return view(account, clock.instant());
  }

  /** Gives a staff role to an account. */
  @RolesAllowed(Role.Names.ADMIN)
  public AccountView grantRole(long accountId, Role role) {
    UserAccount account = find(accountId);
    requireAssignable(role);
    if (account.grant(role)) {
      credentialCache.forget(account.getUsername());
      states.changed(account.getUsername());
      audit.record(
          AuditEvent.of("ROLE_GRANT", AuditOutcome.SUCCESS)
              .object("UserAccount", account.getId())
              .detail(role.name()));
    }
    return view(account, clock.instant());
  }

  /**
   * Takes a staff role from an account. An administrator cannot take ADMIN from themselves, and the
   * last administrator keeps the role, so that nobody locks the IT department out.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public AccountView revokeRole(long accountId, Role role) {
    UserAccount account = find(accountId);
    requireAssignable(role);
    if (role == Role.ADMIN && account.hasRole(Role.ADMIN)) {
      if (isCaller(account)) {
        deny(account, "ROLE_REVOKE", "account.ownAdminRole");
      }
      if (accounts.countWithRole(Role.ADMIN) <= 1) {
        deny(account, "ROLE_REVOKE", "account.lastAdmin");
      }
    }
    if (account.revoke(role)) {
      credentialCache.forget(account.getUsername());
      states.changed(account.getUsername());
      audit.record(
          AuditEvent.of("ROLE_REVOKE", AuditOutcome.SUCCESS)
              .object("UserAccount", account.getId())
              .detail(role.name()));
    }
    return view(account, clock.instant());
  }

  /** Stops an account from signing in (not one's own). */
  @RolesAllowed(Role.Names.ADMIN)
  public AccountView disable(long accountId) {
    UserAccount account = find(accountId);
    if (isCaller(account)) {
      deny(account, "ACCOUNT_DISABLE", "account.disableSelf");
    }
    if (account.isEnabled()) {
      account.disable();
      credentialCache.forget(account.getUsername());
      states.changed(account.getUsername());
      audit.record(
          AuditEvent.of("ACCOUNT_DISABLE", AuditOutcome.SUCCESS)
              .object("UserAccount", account.getId()));
    }
    return view(account, clock.instant());
  }

  /**
   * Turns an account's two-step sign-in off for a person who lost both the authenticator and the
   * recovery codes (after checking who they are, outside Salus): the secret and the recovery codes
   * go, app passwords stay; they sign in with the password and set it up again (the policy, if on,
   * sends them there).
   */
  @RolesAllowed(Role.Names.ADMIN)
  public AccountView resetMfa(long accountId) {
    UserAccount account = find(accountId);
    if (account.isMfaEnabled() || account.isMfaPending()) {
      account.turnOffMfa();
      mfa.replaceRecoveryCodes(account, List.of());
      credentialCache.forget(account.getUsername());
      states.changed(account.getUsername());
      audit.record(
          AuditEvent.of("MFA_RESET", AuditOutcome.SUCCESS).object("UserAccount", account.getId()));
    }
    return view(account, clock.instant());
  }

  /** Lets an account sign in again, and lifts a lock-out. */
  @RolesAllowed(Role.Names.ADMIN)
  public AccountView enable(long accountId) {
    UserAccount account = find(accountId);
    account.enable();
    states.changed(account.getUsername());
    audit.record(
        AuditEvent.of("ACCOUNT_ENABLE", AuditOutcome.SUCCESS)
            .object("UserAccount", account.getId()));
    return view(account, clock.instant());
  }

  private void requireAssignable(Role role) {
    if (role == null || PERSONAL_ROLES.contains(role)) {
      throw new InvalidInputException("role", "role.notAssignable");
    }
  }

  private void deny(UserAccount account, String action, String messageKey) {
    audit.record(
        AuditEvent.of(action, AuditOutcome.DENIED)
            .object("UserAccount", account.getId())
            .detail(messageKey));
    throw new RuleViolationException(messageKey);
  }

  private boolean isCaller(UserAccount account) {
    return account.getUsername().equals(session.getCallerPrincipal().getName());
  }

  private UserAccount find(long id) {
    return accounts.byId(id).orElseThrow(() -> new NotFoundException("account.notFound"));
  }

  private AccountView view(UserAccount account, Instant now) {
    Long patientId = accounts.patientOf(account).map(Patient::getId).orElse(null);
    return AccountView.of(account, patientId, now);
  }
}
