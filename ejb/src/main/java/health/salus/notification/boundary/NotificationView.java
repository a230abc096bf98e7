package health.salus.notification.boundary;

import health.salus.notification.entity.Notification;
import java.io.Serializable;
import java.time.Instant;

/** A notification as its reader sees it. */
public record NotificationView(
    long id, String topic, String title, String body, String link, Instant createdAt, boolean read)
    implements Serializable {

  static NotificationView of(Notification n) {
    return new NotificationView(
        n.getId(),
        n.getTopic(),
        n.getTitle(),
        n.getBody(),
        n.getLink(),
        n.getCreatedAt(),
        n.isRead());
  }
}
