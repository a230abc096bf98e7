package health.salus.moderation.view;

import health.salus.moderation.boundary.ModerationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The moderator's home summary: how many posts wait for review. */
@Named
@RequestScoped
public class ModerationHomeBacking {

  @Inject ModerationService moderation;

  private Long waiting;

  public long getWaiting() {
    if (waiting == null) {
      waiting = moderation.waiting();
    }
    return waiting;
  }
}
