package health.salus.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

  private static final Instant SIGNED_IN = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void aSessionEndsItsConfiguredHoursAfterSignInHoweverActive() {
    assertThat(SalusAuthenticationMechanism.outlived(SIGNED_IN, SIGNED_IN.plusSeconds(1), 12))
        .isFalse();
    assertThat(
            SalusAuthenticationMechanism.outlived(
                SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1), 12))
        .isFalse();
    assertThat(
            SalusAuthenticationMechanism.outlived(
                SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)), 12))
        .isTrue();
    assertThat(SalusAuthenticationMechanism.outlived(null, SIGNED_IN, 12)).isTrue();
  }

  @Test
  void theDefaultLifetimeIsTwelveHours() throws Exception {
    ConfigProperty lifetime =
        SalusAuthenticationMechanism.class
            .getDeclaredField("sessionMaxHours")
            .getAnnotation(ConfigProperty.class);

    assertThat(lifetime.name()).isEqualTo("salus.session.max-hours");
    assertThat(lifetime.defaultValue()).isEqualTo("12");
  }
}
