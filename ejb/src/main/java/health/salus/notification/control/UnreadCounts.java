package health.salus.notification.control;

import health.salus.shared.control.TimedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * Each account's unread count, which the header of every page shows, kept a short while so that a
 * page costs no count query while warm. A change made on this server ({@link #changed}: a new
 * notification, one read) shows at the next page: the count is dropped at once and again after the
 * change's transaction ends. A notification made on another server of a cluster shows within {@link
 * #TIME_TO_LIVE}.
 */
@ApplicationScoped
public class UnreadCounts {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

  /** That an account's notifications changed, observed after the changing transaction ends. */
  public record Changed(long accountId) {}

  private final TimedCache<Long, Long> counts = new TimedCache<>(TIME_TO_LIVE, 10_000);

  @Inject NotificationRepository notifications;
  @Inject Clock clock;
  @Inject Event<Changed> changes;

  /** How many of the account's notifications are unread. */
  public long of(long accountId) {
    return counts.get(accountId, clock.instant(), id -> notifications.count(id, true));
  }

  /** The account's notifications change in this transaction. */
  public void changed(long accountId) {
    counts.remove(accountId);
    changes.fire(new Changed(accountId));
  }

  void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed change) {
    counts.remove(change.accountId());
  }
}
