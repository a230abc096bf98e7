package health.salus.moderation.view;

import health.salus.moderation.boundary.ModerationReason;
import health.salus.moderation.boundary.ModerationService;
import health.salus.moderation.boundary.QueueItem;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review queue: what waits, with why, and per item a reason and the actions (approve, hide,
 * remove, restore for posts and reviews; approve, remove for comments).
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModerationService moderation;

  private List<QueueItem> items = List.of();
  private final Map<String, String> reasons = new HashMap<>();

  /** What waits; one who moderates no group gets the 403 page. */
  public void load() throws IOException {
    PageAction.read(() -> items = moderation.queue());
  }

  /** The key of an item's reason input. */
  public static String key(QueueItem item) {
    if (item.updateId() != null) {
      return "u" + item.updateId();
    }
    if (item.reviewId() != null) {
      return "r" + item.reviewId();
    }
    return item.commentId() == null ? "p" + item.postId() : "c" + item.commentId();
  }

  public void act(QueueItem item, String action) throws IOException {
    ModerationReason reason = new ModerationReason(reasons.get(key(item)));
    PageAction.change(
        () -> {
          if (item.updateId() != null) {
            moderation.actOnUpdate(item.updateId(), action, reason);
          } else if (item.reviewId() != null) {
            moderation.actOnReview(item.reviewId(), action, reason);
          } else if (item.commentId() == null) {
            moderation.act(item.postId(), action, reason);
          } else {
            moderation.actOnComment(item.commentId(), action, reason);
          }
        },
        "item-" + key(item),
        Map.of("reason", "reason"),
        "/moderation/queue.xhtml",
        "moderation.done." + action);
  }

  public List<QueueItem> getItems() {
    return items;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }
}
