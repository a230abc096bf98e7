package health.salus.identity.boundary;

import java.util.Set;

/** The outcome of checking a username and password. */
public record SignInResult(Status status, String username, Set<String> roles) {

  /**
   * Why a sign-in succeeded or not; the user is told only "wrong username or password" or "locked".
   */
  public enum Status {
    SUCCESS,
    INVALID_CREDENTIALS,
    LOCKED,
    DISABLED,
    THROTTLED
  }

  public static SignInResult failed(Status status) {
    return new SignInResult(status, null, Set.of());
  }

  public boolean succeeded() {
    return status == Status.SUCCESS;
  }
}
