package health.salus.identity.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.control.AccountRepository;
import health.salus.identity.control.AccountStates;
import health.salus.identity.control.CredentialCache;
import health.salus.identity.control.MfaRepository;
import health.salus.identity.control.OneTimeSecrets;
import health.salus.identity.control.PasswordHasher;
import health.salus.identity.control.SecondFactors;
import health.salus.identity.control.SecretSealing;
import health.salus.identity.control.SignInPolicy;
import health.salus.identity.control.TotpCodes;
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
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * One's own multi-factor sign-in (TOTP, RFC 6238): setting it up (a new secret, on only once a
 * first code confirms it), turning it off (with a current code or the password), the ten one-time
 * recovery codes (shown once, kept as digests). Any signed-in user; each change is audited and
 * applies to the account's sessions and API clients at their next request.
 */
@Stateless
@PermitAll
@AnySignedIn
public class MfaService {

  static final String ACTION_ON = "MFA_ON";
  static final String ACTION_OFF = "MFA_OFF";
  static final String ACTION_RECOVERY_CODES = "MFA_RECOVERY_CODES_NEW";

  @Resource SessionContext session;
  @Inject AccountRepository accounts;
  @Inject MfaRepository repository;
  @Inject TotpCodes totp;
  @Inject OneTimeSecrets secrets;
  @Inject SecondFactors secondFactors;
  @Inject SecretSealing sealing;
  @Inject PasswordHasher hasher;
  @Inject SignInPolicy policy;
  @Inject AccountStates states;
  @Inject CredentialCache credentialCache;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Whether the caller's multi-factor sign-in is on, and what is left of it. */
  public MfaStatus status() {
    UserAccount account = caller();
    return status(account);
  }

  /**
   * Begins setting up with a new secret (replacing one begun before and not confirmed). Refused
   * while multi-factor sign-in is on: turn it off first.
   */
  public MfaSetUp beginSetUp() {
    UserAccount account = caller();
    if (account.isMfaEnabled()) {
      throw new RuleViolationException("mfa.alreadyOn");
    }
    String secret = totp.newSecret();
    account.beginMfaSetUp(sealing.seal(secret, account.getId()));
    return new MfaSetUp(
        secret,
        totp.otpauthUri(secret, account.getUsername()),
        totp.qrCodeImage(secret, account.getUsername()).orElse(null));
  }

  /**
   * Turns multi-factor sign-in on once the authenticator app's first code matches the secret begun
   * with; answers the ten recovery codes, shown only now. From now on the password alone no longer
   * opens the API (app passwords do).
   */
  public List<String> confirmSetUp(String code) {
    UserAccount account = caller();
    accounts.lockForUpdate(account);
    if (!account.isMfaPending()) {
      throw new RuleViolationException(account.isMfaEnabled() ? "mfa.alreadyOn" : "mfa.notBegun");
    }
    OptionalLong step =
        totp.matchingStep(
            sealing.open(account.getMfaSecret(), account.getId()), code, clock.instant());
    if (step.isEmpty()) {
      throw new InvalidInputException("code", "mfa.codeWrong");
    }
    account.confirmMfa(step.getAsLong());
    List<String> codes = newRecoveryCodes(account);
    changed(account, ACTION_ON);
    return codes;
  }

  /**
   * Turns multi-factor sign-in off, proved with a current code (or a recovery code) or the account
   * password; forgets the secret and the recovery codes (app passwords stay). Refused while the
   * administrator's policy requires it of this account.
   */
  public void turnOff(String codeOrPassword) {
    UserAccount account = caller();
    accounts.lockForUpdate(account);
    if (!account.isMfaEnabled()) {
      throw new RuleViolationException("mfa.notOn");
    }
    if (policy.requiresSetUp(AccountStates.stateOf(account).roles(), false)) {
      throw new RuleViolationException("mfa.requiredByPolicy");
    }
    Instant now = clock.instant();
    boolean proved =
        codeOrPassword != null
            && (secondFactors.accept(account, codeOrPassword, now).isPresent()
                || hasher.verify(codeOrPassword, account.getPasswordHash()));
    if (!proved) {
      audit.record(
          AuditEvent.of(ACTION_OFF, AuditOutcome.FAILURE)
              .object("UserAccount", account.getId())
              .detail("neither a current code nor the password"));
      throw new InvalidInputException("code", "mfa.proofWrong");
    }
    account.turnOffMfa();
    repository.replaceRecoveryCodes(account, List.of());
    changed(account, ACTION_OFF);
  }

  /** New recovery codes in place of the old ones (used or not); shown only now. */
  public List<String> regenerateRecoveryCodes() {
    UserAccount account = caller();
    if (!account.isMfaEnabled()) {
      throw new RuleViolationException("mfa.notOn");
    }
    List<String> codes = newRecoveryCodes(account);
    audit.record(
        AuditEvent.of(ACTION_RECOVERY_CODES, AuditOutcome.SUCCESS)
            .object("UserAccount", account.getId()));
    return codes;
  }

  private List<String> newRecoveryCodes(UserAccount account) {
    List<String> codes = secrets.recoveryCodes();
    repository.replaceRecoveryCodes(
        account, codes.stream().map(OneTimeSecrets::digest).collect(Collectors.toList()));
    return codes;
  }

  private void changed(UserAccount account, String action) {
    credentialCache.forget(account.getUsername());
    states.changed(account.getUsername());
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS).object("UserAccount", account.getId()));
  }

  private MfaStatus status(UserAccount account) {
    boolean enabled = account.isMfaEnabled();
    return new MfaStatus(
        enabled,
        enabled ? repository.unusedRecoveryCodes(account) : 0,
        policy.requiresSetUp(AccountStates.stateOf(account).roles(), false));
  }

  private UserAccount caller() {
    String name = session.getCallerPrincipal().getName();
    return accounts.byUsername(name).orElseThrow(() -> new NotFoundException("account.notFound"));
  }
}
