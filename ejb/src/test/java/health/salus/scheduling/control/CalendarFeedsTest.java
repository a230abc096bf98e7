package health.salus.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarFeedsTest {

  @Test
  void tokensAre256RandomBitsInUrlSafeBase64AndHashedForStorage() {
    CalendarFeeds feeds = new CalendarFeeds();
    String one = feeds.newToken();
    String two = feeds.newToken();

    assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(two);
    assertThat(CalendarFeeds.wellFormed(one)).isTrue();
    assertThat(CalendarFeeds.hash(one)).hasSize(64).isEqualTo(CalendarFeeds.hash(one));
    assertThat(CalendarFeeds.hash(one)).isNotEqualTo(CalendarFeeds.hash(two)).doesNotContain(one);
  }

  @Test
  void anythingElseIsNotAToken() {
    assertThat(CalendarFeeds.wellFormed(null)).isFalse();
    assertThat(CalendarFeeds.wellFormed("short")).isFalse();
    assertThat(CalendarFeeds.wellFormed("a".repeat(42) + "=")).isFalse();
    assertThat(CalendarFeeds.wellFormed("a".repeat(44))).isFalse();
  }
}
