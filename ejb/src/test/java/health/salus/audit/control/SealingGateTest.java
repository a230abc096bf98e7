package health.salus.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealingGateTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  /** An entry written this many seconds before now. */
  private static ChainedEntry entry(long id, long secondsAgo) {
    return new ChainedEntry(
        id,
        LocalDateTime.parse("2026-12-02T10:00:00"),
        "alice",
        null,
        null,
        "LOGIN",
        null,
        null,
        "SUCCESS",
        null,
        null,
        null,
        null,
        NOW.minusSeconds(secondsAgo));
  }

  private static List<Long> ready(long sealedThrough, ChainedEntry... unsealed) {
    return SealingGate.ready(sealedThrough, List.of(unsealed), NOW).stream()
        .map(ChainedEntry::id)
        .toList();
  }

  @Test
  void entriesAreReadyTwoSecondsAfterTheyWereWrittenInIdOrder() {
    assertThat(ready(10, entry(11, 5), entry(12, 2), entry(13, 1))).containsExactly(11L, 12L);
    // A younger entry holds back the older ones after it: the chain never skips an id.
    assertThat(ready(10, entry(11, 1), entry(12, 5))).isEmpty();
    assertThat(ready(10)).isEmpty();
  }

  @Test
  void aGapInTheIdsHoldsTheRestBackForAMinute() {
    assertThat(ready(10, entry(11, 30), entry(13, 30), entry(14, 30))).containsExactly(11L);
    assertThat(ready(11, entry(13, 59), entry(14, 59))).isEmpty();
    // The missing entry committed late: it is sealed in its place, and the rest after it.
    assertThat(ready(11, entry(12, 3), entry(13, 59), entry(14, 59)))
        .containsExactly(12L, 13L, 14L);
  }

  @Test
  void aGapThatStaysIsPassedAfterAMinute() {
    assertThat(ready(10, entry(13, 60), entry(14, 60), entry(16, 30))).containsExactly(13L, 14L);
  }

  @Test
  void aBacklogIsReadyAtOnce() {
    ChainedEntry[] backlog = new ChainedEntry[500];
    for (int i = 0; i < backlog.length; i++) {
      backlog[i] = entry(11 + i, 3600);
    }
    assertThat(ready(10, backlog)).hasSize(500);
  }
}
