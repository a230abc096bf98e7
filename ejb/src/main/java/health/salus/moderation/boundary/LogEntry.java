package health.salus.moderation.boundary;

import health.salus.moderation.entity.ModerationAction;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the moderation log. */
@JsonbNillable
public record LogEntry(
    long id,
    Instant at,
    String moderatorUsername,
    String action,
    @Schema(nullable = true) Long postId,
    @Schema(nullable = true) Long commentId,
    @Schema(nullable = true) Long reviewId,
    @Schema(nullable = true) Long updateId,
    @Schema(nullable = true) String memberUsername,
    @Schema(nullable = true) String reason) {

  static LogEntry of(ModerationAction a) {
    return new LogEntry(
        a.getId(),
        a.getAt(),
        a.getModerator().getUsername(),
        a.getAction().name(),
        a.getPost() == null ? null : a.getPost().getId(),
        a.getComment() == null ? null : a.getComment().getId(),
        a.getReview() == null ? null : a.getReview().getId(),
        a.getUpdate() == null ? null : a.getUpdate().getId(),
        a.getMember() == null ? null : a.getMember().getUsername(),
        a.getReason());
  }
}
