package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle();

  @BeforeEach
  void configure() {
    throttle.clock = clock;
    throttle.maxFailures = 5;
    throttle.lockMinutes = 15;
    throttle.maxFailuresPerAddress = 3;
  }

  @Test
  void exposesTheAccountLimits() {
    assertThat(throttle.maxFailures()).isEqualTo(5);
    assertThat(throttle.lockDuration()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void blocksAnAddressOnlyWhenItReachesTheLimit() {
    throttle.recordFailure("10.0.0.1");
    throttle.recordFailure("10.0.0.1");
    assertThat(throttle.isBlocked("10.0.0.1")).isFalse();

    throttle.recordFailure("10.0.0.1");

    assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
  }

  @Test
  void countsEachAddressOnItsOwn() {
    for (int i = 0; i < 3; i++) {
      throttle.recordFailure("10.0.0.1");
    }

    assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
    assertThat(throttle.isBlocked("10.0.0.2")).isFalse();
    assertThat(throttle.isBlocked("unknown")).isFalse();
  }

  @Test
  void forgetsFailuresOlderThanAnHour() {
    throttle.recordFailure("10.0.0.1");
    clock.advance(Duration.ofMinutes(30));
    throttle.recordFailure("10.0.0.1");
    throttle.recordFailure("10.0.0.1");
    assertThat(throttle.isBlocked("10.0.0.1")).isTrue();

    clock.advance(Duration.ofMinutes(31));

    assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    throttle.recordFailure("10.0.0.1");
    assertThat(throttle.isBlocked("10.0.0.1")).isTrue();

    clock.advance(Duration.ofMinutes(61));
    assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
  }

  /** The per-address limit that applies when nothing is configured: the declared default. */
  private static int defaultMaxFailuresPerAddress() throws NoSuchFieldException {
    ConfigProperty property =
        LoginThrottle.class
            .getDeclaredField("maxFailuresPerAddress")
            .getAnnotation(ConfigProperty.class);
    assertThat(property.name()).isEqualTo("salus.login.max-failures-per-address");
    return Integer.parseInt(property.defaultValue());
  }

  @Test
  void theDefaultAllowsAtLeastAHundredFailuresAnHour() throws NoSuchFieldException {
    throttle.maxFailuresPerAddress = defaultMaxFailuresPerAddress();
    for (int i = 0; i < 100; i++) {
      throttle.recordFailure("192.0.2.7");
      clock.advance(Duration.ofSeconds(30));
    }

    assertThat(throttle.isBlocked("192.0.2.7")).isFalse();
  }

  @Test
  void ignoresAMissingAddress() {
    throttle.maxFailuresPerAddress = 1;
    throttle.recordFailure(null);

    assertThat(throttle.isBlocked(null)).isFalse();
  }

  @Test
  void aBlockedAddressWaitsOnlyUntilItsOldestFailureIsAnHourOld() {
    throttle.recordFailure("10.0.0.1");
    clock.advance(Duration.ofMinutes(20));
    throttle.recordFailure("10.0.0.1");
    throttle.recordFailure("10.0.0.1");

    assertThat(throttle.retryAfter("10.0.0.1")).contains(Duration.ofMinutes(40));

    clock.advance(Duration.ofMinutes(40));
    assertThat(throttle.retryAfter("10.0.0.1")).isEmpty();
    throttle.recordFailure("10.0.0.1");
    assertThat(throttle.retryAfter("10.0.0.1")).contains(Duration.ofMinutes(20));
  }

  @Test
  void theConfiguredDefaultAllowsAtLeastAHundredFailuresAnHour() throws Exception {
    ConfigProperty limit =
        LoginThrottle.class
            .getDeclaredField("maxFailuresPerAddress")
            .getAnnotation(ConfigProperty.class);

    assertThat(limit.name()).isEqualTo("salus.login.max-failures-per-address");
    assertThat(Integer.parseInt(limit.defaultValue())).isGreaterThanOrEqualTo(100);
  }
}
