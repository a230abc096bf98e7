package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private static final String HASH = "pbkdf2-sha256$600000$c2FsdA$aGFzaA";

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final CredentialCache cache = new CredentialCache();

  @BeforeEach
  void useTheTestClock() {
    cache.clock = clock;
  }

  @Test
  void nothingIsVerifiedBeforeItWasRemembered() {
    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH)).isFalse();
  }

  @Test
  void aRememberedPasswordIsVerifiedForFiveMinutes() {
    cache.remember("alice", "Salus-demo-1", HASH);

    clock.advance(Duration.ofMinutes(4).plusSeconds(59));
    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH)).isTrue();

    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH)).isFalse();
  }

  @Test
  void anExpiredEntryIsGoneEvenIfTheClockWereToGoBack() {
    cache.remember("alice", "Salus-demo-1", HASH);
    clock.advance(Duration.ofMinutes(6));
    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH)).isFalse();

    clock.advance(Duration.ofMinutes(-6));

    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH)).isFalse();
  }

  @Test
  void aWrongPasswordIsNotVerified() {
    cache.remember("alice", "Salus-demo-1", HASH);

    assertThat(cache.isVerified("alice", "Salus-demo-2", HASH)).isFalse();
    assertThat(cache.isVerified("alice", "", HASH)).isFalse();
    // A wrong guess does not evict the good entry.
    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH)).isTrue();
  }

  @Test
  void thePasswordOfOneUserDoesNotVerifyAnother() {
    cache.remember("alice", "Salus-demo-1", HASH);

    assertThat(cache.isVerified("bob", "Salus-demo-1", HASH)).isFalse();
  }

  @Test
  void aChangedStoredHashInvalidatesTheEntry() {
    cache.remember("alice", "Salus-demo-1", HASH);

    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH + "x")).isFalse();
    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH)).isFalse();
  }

  @Test
  void forgetRemovesTheEntry() {
    cache.remember("alice", "Salus-demo-1", HASH);

    cache.forget("alice");

    assertThat(cache.isVerified("alice", "Salus-demo-1", HASH)).isFalse();
  }

  @Test
  void eachCacheHasItsOwnKey() {
    CredentialCache other = new CredentialCache();
    other.clock = clock;
    cache.remember("alice", "Salus-demo-1", HASH);

    assertThat(other.isVerified("alice", "Salus-demo-1", HASH)).isFalse();
  }
}
