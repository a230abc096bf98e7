package health.salus.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The outbox message's life: claimed once, retried with back-off, given up, withdrawn. */
class OutboundMessageTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private final OutboundMessage message =
      new OutboundMessage("key", "appointment:1", "a@example.org", "Subject", "Body", NOW, NOW);

  @Test
  void onlyOneClaimSucceeds() {
    assertThat(message.claim("node-a", NOW)).isTrue();
    assertThat(message.claim("node-b", NOW)).isFalse();
    assertThat(message.getStatus()).isEqualTo(OutboundStatus.SENDING);
  }

  @Test
  void aMessageIsNotClaimedBeforeItIsDue() {
    OutboundMessage later =
        new OutboundMessage(
            "k2", "appointment:1", "a@example.org", "S", "B", NOW.plusSeconds(60), NOW);
    assertThat(later.claim("node-a", NOW)).isFalse();
    assertThat(later.claim("node-a", NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void aFailureIsRetriedLaterAndGivenUpAfterTheLastAttempt() {
    Instant now = NOW;
    for (int attempt = 1; attempt < OutboundMessage.MAX_ATTEMPTS; attempt++) {
      assertThat(message.claim("node", now)).isTrue();
      message.failed("connection refused", now);
      assertThat(message.getStatus()).isEqualTo(OutboundStatus.PENDING);
      assertThat(message.getDueAt()).isEqualTo(now.plus(Duration.ofMinutes(1L << attempt)));
      now = message.getDueAt();
    }
    assertThat(message.claim("node", now)).isTrue();
    message.failed("connection refused", now);
    assertThat(message.getStatus()).isEqualTo(OutboundStatus.FAILED);
    assertThat(message.claim("node", now.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aStaleClaimIsTakenBackButAFreshOneIsNot() {
    message.claim("node-a", NOW);
    assertThat(message.releaseIfStale(NOW.plus(Duration.ofMinutes(5)), Duration.ofMinutes(10)))
        .isFalse();
    assertThat(message.releaseIfStale(NOW.plus(Duration.ofMinutes(11)), Duration.ofMinutes(10)))
        .isTrue();
    assertThat(message.getStatus()).isEqualTo(OutboundStatus.PENDING);
  }

  @Test
  void aSentMessageIsNeverCancelledOrReinstated() {
    message.claim("node", NOW);
    message.sent(NOW);
    message.cancel();
    message.reinstate(NOW);
    assertThat(message.getStatus()).isEqualTo(OutboundStatus.SENT);
  }

  @Test
  void aCancelledMessageCanBeWantedAgain() {
    message.cancel();
    assertThat(message.getStatus()).isEqualTo(OutboundStatus.CANCELLED);
    message.reinstate(NOW.plusSeconds(30));
    assertThat(message.getStatus()).isEqualTo(OutboundStatus.PENDING);
    assertThat(message.getDueAt()).isEqualTo(NOW.plusSeconds(30));
  }
}
