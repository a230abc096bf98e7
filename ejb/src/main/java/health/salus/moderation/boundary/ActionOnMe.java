package health.salus.moderation.boundary;

import health.salus.moderation.entity.ModerationAction;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A moderator's action on the caller (their post or comment hidden or removed, or a sanction), with
 * why, until when (a silence or suspension), and the caller's appeal of it if any.
 */
@JsonbNillable
public record ActionOnMe(
    long actionId,
    Instant at,
    String action,
    String reason,
    @Schema(nullable = true) Long postId,
    @Schema(nullable = true) String postTitle,
    @Schema(nullable = true) Long commentId,
    @Schema(nullable = true) Instant until,
    @Schema(nullable = true) AppealView appeal) {

  /** Whether the caller may still appeal it (not yet appealed). */
  public boolean appealable() {
    return appeal == null;
  }

  static ActionOnMe of(ModerationAction a, AppealView appeal) {
    return new ActionOnMe(
        a.getId(),
        a.getAt(),
        a.getAction().name(),
        a.getReason(),
        a.getPost() == null ? null : a.getPost().getId(),
        a.getPost() == null ? null : a.getPost().getTitle(),
        a.getComment() == null ? null : a.getComment().getId(),
        a.getSanction() == null ? null : a.getSanction().getUntil(),
        appeal);
  }
}
