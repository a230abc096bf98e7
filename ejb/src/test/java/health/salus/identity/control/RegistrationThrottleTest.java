package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));

  private RegistrationThrottle throttle(int limit) {
    RegistrationThrottle throttle = new RegistrationThrottle();
    throttle.clock = clock;
    throttle.maxPerAddress = limit;
    return throttle;
  }

  @Test
  void theConfiguredDefaultAllowsAtLeastThirtyAttemptsAnHour() throws Exception {
    ConfigProperty limit =
        RegistrationThrottle.class
            .getDeclaredField("maxPerAddress")
            .getAnnotation(ConfigProperty.class);

    assertThat(limit.name()).isEqualTo("salus.registration.max-per-address");
    assertThat(Integer.parseInt(limit.defaultValue())).isGreaterThanOrEqualTo(30);
  }

  @Test
  void theDefaultLimitLetsThirtyAttemptsThroughAndStopsTheNext() {
    RegistrationThrottle throttle =
        throttle(Integer.parseInt(RegistrationThrottle.DEFAULT_MAX_PER_ADDRESS));
    for (int i = 0; i < 30; i++) {
      assertThat(throttle.tryAttempt("198.51.100.9")).as("attempt %d", i + 1).isEmpty();
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(throttle.tryAttempt("198.51.100.9")).contains(Duration.ofMinutes(30));
    assertThat(throttle.tryAttempt("198.51.100.10")).isEmpty();
  }

  @Test
  void aRefusedAttemptIsNotCountedAndTheAllowanceComesBackWithinTheHour() {
    RegistrationThrottle throttle = throttle(2);
    assertThat(throttle.tryAttempt("198.51.100.9")).isEmpty();
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.tryAttempt("198.51.100.9")).isEmpty();
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.tryAttempt("198.51.100.9")).contains(Duration.ofMinutes(50));
    }

    clock.advance(Duration.ofMinutes(50));

    assertThat(throttle.tryAttempt("198.51.100.9")).isEmpty();
    assertThat(throttle.tryAttempt("198.51.100.9")).contains(Duration.ofMinutes(10));
  }

  @Test
  void aMissingAddressIsNotLimited() {
    RegistrationThrottle throttle = throttle(1);

    assertThat(throttle.tryAttempt(null)).isEmpty();
    assertThat(throttle.tryAttempt(null)).isEmpty();
  }
}
