package health.salus.notification.view;

import health.salus.notification.boundary.NotificationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the page header, asked once per request and only for signed-in users. */
@Named
@RequestScoped
public class UnreadNotifications {

  @Inject NotificationService notifications;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = notifications.unreadCount();
    }
    return count;
  }
}
