package health.salus.moderation.view;

import health.salus.moderation.boundary.AppealService;
import health.salus.moderation.boundary.AppealView;
import health.salus.moderation.boundary.ModerationReason;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The appeals queue: each open appeal with the action, the member's words, uphold or reject. */
@Named
@ViewScoped
public class AppealsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AppealService appeals;

  private List<AppealView> open = List.of();
  private final Map<Long, String> reasons = new HashMap<>();

  /** The open appeals; one who moderates no group gets the 403 page. */
  public void load() throws IOException {
    PageAction.read(() -> open = appeals.openAppeals());
  }

  public void decide(AppealView appeal, String outcome) throws IOException {
    ModerationReason reason = new ModerationReason(reasons.get(appeal.id()));
    PageAction.change(
        () -> appeals.decide(appeal.id(), outcome, reason),
        "appeal-" + appeal.id(),
        "/moderation/appeals.xhtml",
        outcome.equals("uphold") ? "moderation.appeals.upheld" : "moderation.appeals.rejected");
  }

  public List<AppealView> getOpen() {
    return open;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
