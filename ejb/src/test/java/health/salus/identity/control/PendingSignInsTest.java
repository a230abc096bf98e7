package health.salus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PendingSignInsTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));

  private PendingSignIns pendingSignIns(String key) {
    PendingSignIns pending = new PendingSignIns();
    pending.clock = clock;
    pending.configuredKey = Optional.ofNullable(key);
    pending.init();
    return pending;
  }

  @Test
  void aTokenNamesItsAccountAndStampUntilItExpires() {
    PendingSignIns pending = pendingSignIns(null);
    String token = pending.issue("alice", "stamp-1");

    assertThat(pending.verify(token)).contains(new PendingSignIns.Pending("alice", "stamp-1"));
    clock.advance(PendingSignIns.LIFETIME.minusSeconds(1));
    assertThat(pending.verify(token)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(pending.verify(token)).isEmpty();
  }

  @Test
  void anAlteredOrForeignTokenIsWorthNothing() {
    PendingSignIns pending = pendingSignIns("a-key-of-at-least-thirty-two-characters!");
    String token = pending.issue("alice", "stamp-1");
    String forBob = pending.issue("bob", "stamp-1");
    String bobsName = forBob.substring(0, forBob.indexOf('.'));

    assertThat(pending.verify(bobsName + token.substring(token.indexOf('.')))).isEmpty();
    assertThat(pending.verify(token.replace("stamp-1", "stamp-2"))).isEmpty();
    assertThat(pending.verify(pendingSignIns(null).issue("alice", "stamp-1"))).isEmpty();
    assertThat(pending.verify("garbage")).isEmpty();
    assertThat(pending.verify(null)).isEmpty();
  }
}
