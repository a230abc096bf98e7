package health.salus.identity.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.boundary.SignInResult.Status;
import health.salus.identity.control.AccountRepository;
import health.salus.identity.control.AccountStates;
import health.salus.identity.control.CredentialCache;
import health.salus.identity.control.LoginThrottle;
import health.salus.identity.control.MfaRepository;
import health.salus.identity.control.OneTimeSecrets;
import health.salus.identity.control.PasswordHasher;
import health.salus.identity.control.PendingSignIns;
import health.salus.identity.control.SecondFactors;
import health.salus.identity.control.SignInPolicy;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.control.CallerContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks sign-ins for the identity store: the password against its PBKDF2 hash, the account's
 * lock-out and the per-address throttle; and, on every request of a signed-in session, the
 * account's current state. Every form sign-in and every failure is audited. An unknown, disabled or
 * locked account costs the same hash as a wrong password, so that neither the answer nor its time
 * tells them apart.
 *
 * <p>An account with multi-factor sign-in on signs in on the form in two steps: a right password
 * gives a short-lived token ({@link PendingSignIns}), and the token with a one-time or recovery
 * code completes the sign-in; wrong codes count like wrong passwords. On the API such an account
 * signs in only with one of its app passwords, never with its password.
 */
@Stateless
public class AuthenticationService {

  static final String ACTION_LOGIN = "LOGIN";
  static final String ACTION_API_LOGIN = "API_LOGIN";
  static final String ACTION_LOCKED = "ACCOUNT_LOCKED";
  static final String ACTION_RECOVERY_CODE_USED = "MFA_RECOVERY_CODE_USED";

  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject CredentialCache credentialCache;
  @Inject LoginThrottle throttle;
  @Inject AccountStates states;
  @Inject MfaRepository mfa;
  @Inject PendingSignIns pendingSignIns;
  @Inject SecondFactors secondFactors;
  @Inject SignInPolicy policy;
  @Inject AuditTrail audit;
  @Inject CallerContext callerContext;
  @Inject Clock clock;

  /**
   * Checks a username and password. Never throws for wrong credentials: the failure count of the
   * account must be committed. API sign-ins that repeat a credential verified in the last minutes
   * are answered from the credential cache and not audited again; they go on through a lock-out, as
   * page sessions do.
   */
  @PermitAll
  public SignInResult signIn(String username, String password, SignInChannel channel) {
    String name = UserAccount.normalise(username);
    String address = clientAddress();
    String action = channel == SignInChannel.FORM ? ACTION_LOGIN : ACTION_API_LOGIN;
    if (name == null || name.isEmpty() || password == null) {
      return SignInResult.failed(Status.INVALID_CREDENTIALS);
    }
    Optional<Duration> wait = throttle.retryAfter(address);
    if (wait.isPresent()) {
      audit.record(
          failure(action, name, AuditOutcome.DENIED, "too many failures from this address"));
      return SignInResult.throttled(wait.get());
    }
    Optional<UserAccount> found = accounts.byUsername(name);
    if (found.isEmpty()) {
      hasher.verifyAgainstDecoy(password);
      throttle.recordFailure(address);
      audit.record(failure(action, name, AuditOutcome.FAILURE, "unknown username"));
      return SignInResult.failed(Status.INVALID_CREDENTIALS);
    }
    UserAccount account = found.get();
    Instant now = clock.instant();
    if (!account.isEnabled()) {
      hasher.verifyAgainstDecoy(password);
      throttle.recordFailure(address);
      audit.record(failure(action, name, AuditOutcome.DENIED, "account disabled"));
      return SignInResult.failed(Status.DISABLED);
    }
    // With multi-factor sign-in on, the password alone never opens the API: it fails like a wrong
    // one, after the same hash work.
    boolean passwordRefused = channel == SignInChannel.API && account.isMfaEnabled();
    // An API client whose credential was verified minutes ago is a live session: a lock-out
    // (perhaps by a stranger's guesses) stops new sign-ins only.
    if (channel == SignInChannel.API
        && !passwordRefused
        && credentialCache.isVerified(name, password, account.getPasswordHash())) {
      return success(account);
    }
    // An app password is a credential of its own, fast to check (a long random value) and looked
    // up every time (a revoked one fails at once): a lock-out brought on by someone guessing the
    // password does not stop the owner's API clients either.
    if (channel == SignInChannel.API
        && mfa.appPassword(account, OneTimeSecrets.digest(password)).isPresent()) {
      return success(account);
    }
    if (account.isLocked(now)) {
      hasher.verifyAgainstDecoy(password);
      throttle.recordFailure(address);
      audit.record(failure(action, name, AuditOutcome.DENIED, "account locked"));
      return SignInResult.failed(Status.LOCKED);
    }
    boolean passwordMatches = false;
    if (passwordRefused) {
      hasher.verifyAgainstDecoy(password);
    } else {
      passwordMatches = hasher.verify(password, account.getPasswordHash());
    }
    // Sign-ins of one account at the same moment (an API client's parallel first requests) must
    // not trip over each other's bookkeeping: lock the row only now, after the slow hash, and
    // apply the change to its current state.
    accounts.lockForUpdate(account);
    if (account.isLocked(now)) {
      return SignInResult.failed(Status.LOCKED);
    }
    if (!passwordMatches) {
      boolean lockedNow =
          account.recordFailedLogin(now, throttle.maxFailures(), throttle.lockDuration());
      throttle.recordFailure(address);
      audit.record(
          failure(
              action,
              name,
              AuditOutcome.FAILURE,
              passwordRefused ? "not an app password (two-step sign-in is on)" : "wrong password"));
      if (lockedNow) {
        auditLockOut(account);
        return SignInResult.failed(Status.LOCKED);
      }
      return SignInResult.failed(Status.INVALID_CREDENTIALS);
    }
    if (account.isMfaEnabled()) {
      // The password was right; the sign-in completes with a code (completeSignIn).
      return SignInResult.secondFactorRequired(
          pendingSignIns.issue(name, AccountStates.stateOf(account).credentialStamp()));
    }
    account.recordSuccessfulLogin(now);
    credentialCache.remember(name, password, account.getPasswordHash());
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .withActor(name)
            .object("UserAccount", account.getId()));
    return success(account);
  }

  /**
   * Completes a form sign-in with multi-factor: the token of the password step and a one-time code
   * of the authenticator app (each accepted once) or an unused recovery code (used up). A wrong
   * code counts like a wrong password (lock-out, per-address throttle) and answers
   * SECOND_FACTOR_WRONG while the pending sign-in is still good; an expired or forged token, a
   * changed password, a disabled or locked account answer alike.
   */
  @PermitAll
  public SignInResult completeSignIn(String pendingToken, String code) {
    String address = clientAddress();
    Optional<PendingSignIns.Pending> pending = pendingSignIns.verify(pendingToken);
    if (pending.isEmpty()) {
      return SignInResult.failed(Status.INVALID_CREDENTIALS);
    }
    String name = pending.get().username();
    Optional<Duration> wait = throttle.retryAfter(address);
    if (wait.isPresent()) {
      audit.record(
          failure(ACTION_LOGIN, name, AuditOutcome.DENIED, "too many failures from this address"));
      return SignInResult.throttled(wait.get());
    }
    Instant now = clock.instant();
    Optional<UserAccount> found = accounts.byUsername(name);
    if (found.isEmpty()) {
      return SignInResult.failed(Status.INVALID_CREDENTIALS);
    }
    UserAccount account = found.get();
    accounts.lockForUpdate(account);
    if (!account.isEnabled()
        || !account.isMfaEnabled()
        || account.isLocked(now)
        || !AccountStates.stateOf(account)
            .credentialStamp()
            .equals(pending.get().credentialStamp())) {
      audit.record(failure(ACTION_LOGIN, name, AuditOutcome.DENIED, "second step no longer valid"));
      return SignInResult.failed(Status.INVALID_CREDENTIALS);
    }
    Optional<SecondFactors.Factor> factor = secondFactors.accept(account, code, now);
    if (factor.isEmpty()) {
      boolean lockedNow =
          account.recordFailedLogin(now, throttle.maxFailures(), throttle.lockDuration());
      throttle.recordFailure(address);
      audit.record(failure(ACTION_LOGIN, name, AuditOutcome.FAILURE, "wrong one-time code"));
      if (lockedNow) {
        auditLockOut(account);
        return SignInResult.failed(Status.LOCKED);
      }
      return SignInResult.failed(Status.SECOND_FACTOR_WRONG);
    }
    account.recordSuccessfulLogin(now);
    if (factor.get() == SecondFactors.Factor.RECOVERY_CODE) {
      audit.record(
          AuditEvent.of(ACTION_RECOVERY_CODE_USED, AuditOutcome.SUCCESS)
              .withActor(name)
              .object("UserAccount", account.getId())
              .detail(mfa.unusedRecoveryCodes(account) + " recovery codes left"));
    }
    audit.record(
        AuditEvent.of(ACTION_LOGIN, AuditOutcome.SUCCESS)
            .withActor(name)
            .object("UserAccount", account.getId())
            .detail(
                factor.get() == SecondFactors.Factor.RECOVERY_CODE
                    ? "with a recovery code"
                    : "with a one-time code"));
    return success(account);
  }

  /**
   * The account's current state for a signed-in session (enabled, roles, credential stamp); empty
   * when the account no longer exists. Checked on every page request from a short-lived cache (no
   * database query while warm): a disabled account or a changed password ends its sessions, a
   * changed role takes effect, at the next request. A lock-out does not end sessions: it only stops
   * new sign-ins, so that a stranger's wrong guesses cannot throw the owner out.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<SessionState> sessionState(String username) {
    return states
        .of(username)
        .map(
            s ->
                new SessionState(
                    s.enabled(),
                    s.roles(),
                    s.credentialStamp(),
                    policy.requiresSetUp(s.roles(), s.mfaEnabled())));
  }

  private void auditLockOut(UserAccount account) {
    audit.record(
        AuditEvent.of(ACTION_LOCKED, AuditOutcome.SUCCESS)
            .withActor(account.getUsername())
            .object("UserAccount", account.getId())
            .detail("locked for " + throttle.lockDuration().toMinutes() + " minutes"));
  }

  private static SignInResult success(UserAccount account) {
    AccountStates.State state = AccountStates.stateOf(account);
    return new SignInResult(
        Status.SUCCESS, account.getUsername(), state.roles(), state.credentialStamp(), null, null);
  }

  private static AuditEvent failure(String action, String name, AuditOutcome outcome, String why) {
    return AuditEvent.of(action, outcome).withActor(name).detail(why);
  }

  private String clientAddress() {
    try {
      return callerContext.clientAddress();
    } catch (ContextNotActiveException outsideARequest) {
      return null;
    }
  }
}
