package health.salus.identity.boundary;

import health.salus.shared.boundary.BusinessException;
import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * A client address has used its allowance (registrations an hour): HTTP 429 with {@code
 * Retry-After}, or a page message saying when to try again.
 */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends BusinessException {

  private final long retryAfterSeconds;

  public TooManyAttemptsException(String messageKey, Duration retryAfter) {
    super(Kind.RULE, messageKey, minutes(retryAfter));
    this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }

  /** Seconds until the next attempt is allowed (at least one). */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static long minutes(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
