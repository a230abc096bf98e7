package health.salus.moderation.boundary;

import health.salus.moderation.entity.Appeal;
import health.salus.moderation.entity.ModerationAction;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An appeal with the action it is about: {@code action} HIDE, REMOVE, WARN, SILENCE or SUSPEND;
 * {@code status} OPEN, UPHELD or REJECTED, with the deciding moderator's reason.
 */
@JsonbNillable
public record AppealView(
    long id,
    long actionId,
    String action,
    String actionReason,
    String actionModeratorUsername,
    @Schema(nullable = true) Long postId,
    @Schema(nullable = true) String postTitle,
    String memberUsername,
    String statement,
    String status,
    Instant createdAt,
    @Schema(nullable = true) Instant decidedAt,
    @Schema(nullable = true) String decidedByUsername,
    @Schema(nullable = true) String decisionReason) {

  static AppealView of(Appeal p) {
    ModerationAction a = p.getAction();
    return new AppealView(
        p.getId(),
        a.getId(),
        a.getAction().name(),
        a.getReason(),
        a.getModerator().getUsername(),
        a.getPost() == null ? null : a.getPost().getId(),
        a.getPost() == null ? null : a.getPost().getTitle(),
        p.getAppellant().getUsername(),
        p.getStatement(),
        p.getStatus().name(),
        p.getCreatedAt(),
        p.getDecidedAt(),
        p.getDecidedBy() == null ? null : p.getDecidedBy().getUsername(),
        p.getDecisionReason());
  }
}
