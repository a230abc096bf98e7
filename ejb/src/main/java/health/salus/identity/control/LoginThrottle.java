package health.salus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sign-in limits. Per account: after {@code salus.login.max-failures} wrong passwords in a row
 * the account is locked for {@code salus.login.lock-minutes}. Per client address: more than {@code
 * salus.login.max-failures-per-address} failures within an hour block that address for the rest of
 * the hour (generous, so that a clinic behind one NAT address is not locked out).
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Duration WINDOW = Duration.ofHours(1);
  private static final int MAX_TRACKED_ADDRESSES = 10_000;

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

  private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

  public int maxFailures() {
    return maxFailures;
  }

  public Duration lockDuration() {
    return Duration.ofMinutes(lockMinutes);
  }

  /** Whether this client address has failed too often in the last hour. */
  public boolean isBlocked(String address) {
    if (address == null) {
      return false;
    }
    Deque<Instant> failures = failuresByAddress.get(address);
    if (failures == null) {
      return false;
    }
    synchronized (failures) {
      prune(failures, clock.instant());
      return failures.size() >= maxFailuresPerAddress;
    }
  }

  public void recordFailure(String address) {
    if (address == null) {
      return;
    }
    if (failuresByAddress.size() >= MAX_TRACKED_ADDRESSES) {
      pruneAll();
    }
    Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (failures) {
      Instant now = clock.instant();
      prune(failures, now);
      if (failures.size() < maxFailuresPerAddress) {
        failures.addLast(now);
      }
    }
  }

  private void pruneAll() {
    Instant now = clock.instant();
    failuresByAddress
        .values()
        .removeIf(
            failures -> {
              synchronized (failures) {
                prune(failures, now);
                return failures.isEmpty();
              }
            });
  }

  private static void prune(Deque<Instant> failures, Instant now) {
    Instant cutOff = now.minus(WINDOW);
    while (!failures.isEmpty() && failures.peekFirst().isBefore(cutOff)) {
      failures.removeFirst();
    }
  }
}
