package health.salus.identity.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.control.AccountRepository;
import health.salus.identity.control.MfaRepository;
import health.salus.identity.control.OneTimeSecrets;
import health.salus.identity.entity.AppPassword;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * One's own app passwords: named passwords for API clients, the only way onto the API for an
 * account with multi-factor sign-in (any account may have them). Made by their owner (the password
 * shown once, kept as a digest), listed and revoked one by one; a revoked one stops working at the
 * next request (it is looked up on every request, never cached). Audited.
 */
@Stateless
@PermitAll
@AnySignedIn
public class AppPasswordService {

  /** The most app passwords one account keeps. */
  static final int MAX_PER_ACCOUNT = 20;

  static final String ACTION_CREATED = "APP_PASSWORD_CREATED";
  static final String ACTION_REVOKED = "APP_PASSWORD_REVOKED";

  @Resource SessionContext session;
  @Inject AccountRepository accounts;
  @Inject MfaRepository repository;
  @Inject OneTimeSecrets secrets;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The caller's app passwords, oldest first. */
  public List<AppPasswordView> appPasswords() {
    return repository.appPasswords(caller()).stream().map(AppPasswordView::of).toList();
  }

  /**
   * Makes a named app password; the answer carries the password, shown this once only. A name of 1
   * to 64 characters; at most {@value #MAX_PER_ACCOUNT} per account.
   */
  public NewAppPassword create(String name) {
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty() || trimmed.length() > 64) {
      throw new InvalidInputException("name", "appPassword.name");
    }
    UserAccount account = caller();
    accounts.lockForUpdate(account);
    if (repository.appPasswords(account).size() >= MAX_PER_ACCOUNT) {
      throw new RuleViolationException("appPassword.tooMany", MAX_PER_ACCOUNT);
    }
    String password = secrets.appPassword();
    AppPassword appPassword =
        new AppPassword(account, trimmed, OneTimeSecrets.digest(password), clock.instant());
    repository.add(appPassword);
    audit.record(
        AuditEvent.of(ACTION_CREATED, AuditOutcome.SUCCESS)
            .object("AppPassword", appPassword.getId())
            .detail(trimmed));
    return new NewAppPassword(AppPasswordView.of(appPassword), password);
  }

  /** Revokes one of the caller's app passwords; another's, or none, is not found. */
  public void revoke(long id) {
    UserAccount account = caller();
    AppPassword appPassword =
        repository
            .appPasswordById(id)
            .filter(p -> p.belongsTo(account))
            .orElseThrow(() -> new NotFoundException("appPassword.notFound"));
    repository.remove(appPassword);
    audit.record(
        AuditEvent.of(ACTION_REVOKED, AuditOutcome.SUCCESS)
            .object("AppPassword", id)
            .detail(appPassword.getName()));
  }

  private UserAccount caller() {
    String name = session.getCallerPrincipal().getName();
    return accounts.byUsername(name).orElseThrow(() -> new NotFoundException("account.notFound"));
  }
}
