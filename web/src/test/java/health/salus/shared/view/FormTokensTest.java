package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Form tokens: made here, unchanged, unexpired, and the same in cookie and field. */
class FormTokensTest {

  private static final byte[] KEY =
      "a key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

  private static FormTokens at(Instant instant) {
    return new FormTokens(KEY, Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void aFreshTokenIsValidAndMatchesItself() {
    String token = at(NOW).issue();

    assertThat(at(NOW).valid(token)).isTrue();
    assertThat(at(NOW).matches(token, token)).isTrue();
    assertThat(at(NOW).reusable(token)).isTrue();
  }

  @Test
  void eachTokenIsNew() {
    assertThat(at(NOW).issue()).isNotEqualTo(at(NOW).issue());
  }

  @Test
  void cookieAndFieldMustBeTheSameToken() {
    FormTokens tokens = at(NOW);
    String mine = tokens.issue();
    String other = tokens.issue();

    assertThat(tokens.matches(mine, other)).isFalse();
    assertThat(tokens.matches(null, mine)).isFalse();
    assertThat(tokens.matches(mine, null)).isFalse();
  }

  @Test
  void aTokenOfAnotherKeyOrChangedIsInvalid() {
    String token = at(NOW).issue();
    FormTokens otherKey =
        new FormTokens(
            "another key, also thirty-two characters".getBytes(StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC));
    String[] parts = token.split("\\.");
    String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2];

    assertThat(otherKey.valid(token)).isFalse();
    assertThat(at(NOW).valid(longer)).isFalse();
    assertThat(at(NOW).valid("x" + token)).isFalse();
    assertThat(at(NOW).valid("")).isFalse();
    assertThat(at(NOW).valid("no.dots")).isFalse();
    assertThat(at(NOW).valid(null)).isFalse();
  }

  @Test
  void aTokenExpiresAfterItsLifetimeAndIsRenewedAnHourBefore() {
    String token = at(NOW).issue();

    assertThat(at(NOW.plus(FormTokens.LIFETIME).minusSeconds(1)).valid(token)).isTrue();
    assertThat(at(NOW.plus(FormTokens.LIFETIME)).valid(token)).isFalse();
    assertThat(at(NOW.plus(FormTokens.LIFETIME).minus(Duration.ofMinutes(30))).reusable(token))
        .isFalse();
  }
}
