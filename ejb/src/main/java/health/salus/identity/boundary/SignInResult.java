package health.salus.identity.boundary;

import java.time.Duration;
import java.util.Set;

/**
 * The outcome of checking a username and password (or the second step of a sign-in). On success:
 * the account's name, roles and credential stamp (see {@link SessionState}); when the client
 * address is throttled: how long it must wait; when the password was right and the account uses
 * multi-factor sign-in: the token that carries the sign-in over to its second step.
 */
public record SignInResult(
    Status status,
    String username,
    Set<String> roles,
    String credentialStamp,
    Duration retryAfter,
    String pendingToken) {

  /**
   * Why a sign-in succeeded or not. Only THROTTLED and the second step are told apart to the
   * caller; a wrong password, an unknown, locked or disabled account all answer alike (the audit
   * trail keeps the reason). SECOND_FACTOR_REQUIRED comes only after a right password;
   * SECOND_FACTOR_WRONG only for a valid pending sign-in.
   */
  public enum Status {
    SUCCESS,
    INVALID_CREDENTIALS,
    LOCKED,
    DISABLED,
    THROTTLED,
    SECOND_FACTOR_REQUIRED,
    SECOND_FACTOR_WRONG
  }

  public static SignInResult failed(Status status) {
    return new SignInResult(status, null, Set.of(), null, null, null);
  }

  public static SignInResult throttled(Duration retryAfter) {
    return new SignInResult(Status.THROTTLED, null, Set.of(), null, retryAfter, null);
  }

  public static SignInResult secondFactorRequired(String pendingToken) {
    return new SignInResult(
        Status.SECOND_FACTOR_REQUIRED, null, Set.of(), null, null, pendingToken);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
