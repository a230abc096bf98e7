package health.salus.moderation.view;

import health.salus.moderation.boundary.ActionOnMe;
import health.salus.moderation.boundary.AppealService;
import health.salus.moderation.boundary.NewAppeal;
import health.salus.shared.view.PageAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The member's own page: what moderators did about them and why, their appeals and outcomes. */
@Named
@ViewScoped
public class MyModerationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AppealService appeals;

  private List<ActionOnMe> actions = List.of();
  private final Map<Long, String> statements = new HashMap<>();

  @PostConstruct
  void load() {
    actions = appeals.actionsOnMe();
  }

  public void appeal(ActionOnMe action) throws IOException {
    NewAppeal appeal = new NewAppeal(statements.get(action.actionId()));
    PageAction.change(
        () -> appeals.appeal(action.actionId(), appeal),
        "action-" + action.actionId(),
        "/community/my-moderation.xhtml",
        "moderation.mine.appealed");
  }

  public List<ActionOnMe> getActions() {
    return actions;
  }

  public Map<Long, String> getStatements() {
    return statements;
  }
}
