package health.salus.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registrations per client address: at most {@code salus.registration.max-per-address} attempts
 * (successful or not) within an hour, so that one client cannot create accounts by the thousand,
 * each costing a 600,000-iteration hash. Beyond it the address waits until its oldest attempt is an
 * hour old.
 */
@ApplicationScoped
public class RegistrationThrottle {

  static final String DEFAULT_MAX_PER_ADDRESS = "30";
  private static final Duration WINDOW = Duration.ofHours(1);

  @Inject Clock clock;

  @Inject
  @ConfigProperty(
      name = "salus.registration.max-per-address",
      defaultValue = DEFAULT_MAX_PER_ADDRESS)
  int maxPerAddress;

  private final AttemptsByAddress attempts = new AttemptsByAddress(WINDOW);

  /**
   * Counts a registration attempt of this address; when the address has used its allowance nothing
   * is counted and the answer is how long to wait.
   */
  public Optional<Duration> tryAttempt(String address) {
    return attempts.tryAttempt(address, maxPerAddress, clock.instant());
  }
}
