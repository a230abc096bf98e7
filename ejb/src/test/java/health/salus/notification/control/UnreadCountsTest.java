package health.salus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The header's unread count: counted once for many pages, again as soon as it changes here. */
class UnreadCountsTest {

  private final UnreadCounts counts = new UnreadCounts();
  private final NotificationRepository notifications = mock(NotificationRepository.class);

  @BeforeEach
  @SuppressWarnings("unchecked")
  void wire() {
    counts.notifications = notifications;
    counts.clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    counts.changes = mock(Event.class);
    when(notifications.count(7, true)).thenReturn(2L, 1L, 0L);
  }

  @Test
  void countsOnceForManyPages() {
    assertThat(counts.of(7)).isEqualTo(2);
    assertThat(counts.of(7)).isEqualTo(2);

    verify(notifications, times(1)).count(7, true);
  }

  @Test
  void countsAgainWhenANotificationIsMadeOrRead() {
    assertThat(counts.of(7)).isEqualTo(2);
    counts.changed(7);
    assertThat(counts.of(7)).isEqualTo(1);
    counts.afterChange(new UnreadCounts.Changed(7));
    assertThat(counts.of(7)).isZero();

    verify(counts.changes).fire(new UnreadCounts.Changed(7));
  }
}
