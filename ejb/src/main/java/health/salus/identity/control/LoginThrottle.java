package health.salus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in limits. Per account: after {@code salus.login.max-failures} wrong passwords in a row
 * the account is locked for {@code salus.login.lock-minutes} against new sign-ins (sessions already
 * open go on). Per client address: once {@code salus.login.max-failures-per-address} failures fall
 * within an hour the address waits until the oldest of them is an hour old (generous, so that a
 * clinic behind one NAT address is not locked out; behind a reverse proxy the address is the
 * client's, see {@code salus.trusted-proxies}).
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Duration WINDOW = Duration.ofHours(1);

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "salus.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "salus.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  @Inject
  @ConfigProperty(name = "salus.login.max-failures-per-address", defaultValue = "300")
  int maxFailuresPerAddress;

  private final AttemptsByAddress failures = new AttemptsByAddress(WINDOW);

  public int maxFailures() {
    return maxFailures;
  }

  public Duration lockDuration() {
    return Duration.ofMinutes(lockMinutes);
  }

  /** Whether this client address has failed too often in the last hour. */
  public boolean isBlocked(String address) {
    return retryAfter(address).isPresent();
  }

  /** How long this client address must wait before it may try again; empty when it may now. */
  public Optional<Duration> retryAfter(String address) {
    return failures.waitBefore(address, maxFailuresPerAddress, clock.instant());
  }

  public void recordFailure(String address) {
    failures.record(address, maxFailuresPerAddress, clock.instant());
  }
}
