package health.salus.notification.boundary;

import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.notification.control.NotificationRepository;
import health.salus.notification.control.UnreadCounts;
import health.salus.notification.entity.Notification;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/** A person's own in-app notifications: list them, count the unread, mark them read. */
@Stateless
@PermitAll
@AnySignedIn
public class NotificationService {

  @Inject Callers callers;
  @Inject NotificationRepository notifications;
  @Inject UnreadCounts unread;
  @Inject Clock clock;

  /** The caller's notifications, newest first. */
  public Page<NotificationView> mine(int page, int size) {
    long me = me();
    return new Page<>(
        notifications.of(me, page, size).stream().map(NotificationView::of).toList(),
        notifications.count(me, false),
        page,
        size);
  }

  /** How many of the caller's notifications are unread (kept a short while, see UnreadCounts). */
  public long unreadCount() {
    return unread.of(me());
  }

  /** Marks one of the caller's notifications read; someone else's is not found. */
  public NotificationView markRead(long id) {
    long me = me();
    Notification notification =
        notifications
            .find(id)
            .filter(n -> n.getRecipient().getId() == me)
            .orElseThrow(() -> new NotFoundException("notification.notFound"));
    notification.markRead(clock.instant());
    unread.changed(me);
    return NotificationView.of(notification);
  }

  public void markAllRead() {
    long me = me();
    notifications.unread(me).forEach(n -> n.markRead(clock.instant()));
    unread.changed(me);
  }

  /** The caller's account id, without reading the account. */
  private long me() {
    Long id = callers.current().accountId();
    if (id == null) {
      throw new NotFoundException("account.notFound");
    }
    return id;
  }
}
