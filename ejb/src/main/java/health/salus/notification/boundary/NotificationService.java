package health.salus.notification.boundary;

import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.UserAccount;
import health.salus.notification.control.NotificationRepository;
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
  @Inject Clock clock;

  /** The caller's notifications, newest first. */
  public Page<NotificationView> mine(int page, int size) {
    long me = caller().getId();
    return new Page<>(
        notifications.of(me, page, size).stream().map(NotificationView::of).toList(),
        notifications.count(me, false),
        page,
        size);
  }

  public long unreadCount() {
    return notifications.count(caller().getId(), true);
  }

  /** Marks one of the caller's notifications read; someone else's is not found. */
  public NotificationView markRead(long id) {
    UserAccount me = caller();
    Notification notification =
        notifications
            .find(id)
            .filter(n -> n.getRecipient().getId().equals(me.getId()))
            .orElseThrow(() -> new NotFoundException("notification.notFound"));
    notification.markRead(clock.instant());
    return NotificationView.of(notification);
  }

  public void markAllRead() {
    notifications.unread(caller().getId()).forEach(n -> n.markRead(clock.instant()));
  }

  private UserAccount caller() {
    return callers.account();
  }
}
