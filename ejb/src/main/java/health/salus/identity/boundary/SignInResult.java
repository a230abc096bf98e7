package health.salus.identity.boundary;

import java.time.Duration;
import java.util.Set;

/**
 * The outcome of checking a username and password. On success: the account's name, roles and
 * credential stamp (see {@link SessionState}); when the client address is throttled: how long it
 * must wait.
 */
public record SignInResult(
    Status status,
    String username,
    Set<String> roles,
    String credentialStamp,
    Duration retryAfter) {

  /**
   * Why a sign-in succeeded or not. Only THROTTLED is told apart to the caller; a wrong password,
   * an unknown, locked or disabled account all answer alike (the audit trail keeps the reason).
   */
  public enum Status {
    SUCCESS,
    INVALID_CREDENTIALS,
    LOCKED,
    DISABLED,
    THROTTLED
  }

  public static SignInResult failed(Status status) {
    return new SignInResult(status, null, Set.of(), null, null);
  }

  public static SignInResult throttled(Duration retryAfter) {
    return new SignInResult(Status.THROTTLED, null, Set.of(), null, retryAfter);
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
