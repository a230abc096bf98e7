package health.salus.messaging.view;

import health.salus.messaging.boundary.MessagingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The home page's count of messages the caller has not opened: asked once, on the home page only.
 */
@Named
@RequestScoped
public class UnreadMessages {

  @Inject MessagingService messaging;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = messaging.unreadCount();
    }
    return count;
  }
}
