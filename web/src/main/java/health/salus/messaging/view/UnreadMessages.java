package health.salus.messaging.view;

import health.salus.messaging.boundary.MessagingService;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The home page's count of messages the caller has not opened, for those who are not patients (a
 * patient's comes with the rest of their home page: home.boundary.PatientHomeService): asked once,
 * on the home page only.
 */
@Named
@ApplicationScoped
public class UnreadMessages {

  @Inject MessagingService messaging;

  public long getCount() {
    return RequestMemo.of("messaging.unread", messaging::unreadCount);
  }
}
