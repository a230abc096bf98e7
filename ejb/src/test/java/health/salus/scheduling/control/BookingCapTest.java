package health.salus.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookingCapTest {

  @Test
  void theCapAllowsUpToItsNumberOfLiveBookings() {
    BookingCap cap = BookingCap.of(25);

    assertThat(cap.max()).isEqualTo(25);
    assertThat(cap.allowsAnother(0)).isTrue();
    assertThat(cap.allowsAnother(24)).isTrue();
    assertThat(cap.allowsAnother(25)).isFalse();
    assertThat(cap.allowsAnother(30)).isFalse();
  }

  @Test
  void aSettingBelowWhatTheApiPromisesCountsAsTwenty() {
    assertThat(BookingCap.of(3).max()).isEqualTo(BookingCap.AT_LEAST).isEqualTo(20);
    assertThat(BookingCap.of(-1).allowsAnother(19)).isTrue();
  }
}
