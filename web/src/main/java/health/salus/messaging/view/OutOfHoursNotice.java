package health.salus.messaging.view;

import health.salus.messaging.boundary.MessagingService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * The out-of-hours notice above the message forms: when the team is not working now, from when it
 * reads messages again (null while it is working), so the patient knows before sending.
 */
@Named
@RequestScoped
public class OutOfHoursNotice {

  @Inject MessagingService messaging;

  private Instant readFrom;

  @PostConstruct
  void init() {
    readFrom = messaging.outOfHoursUntil().orElse(null);
  }

  public Instant getReadFrom() {
    return readFrom;
  }
}
