package health.salus.notification.view;

import health.salus.notification.boundary.NotificationService;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the page header, asked once per request and only for signed-in users. */
@Named
@ApplicationScoped
public class UnreadNotifications {

  @Inject NotificationService notifications;

  public long getCount() {
    return RequestMemo.of("notification.unread", notifications::unreadCount);
  }
}
