package health.salus.moderation.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What waits for review: a post ({@code kind POST}) or a comment ({@code COMMENT}), why it is there
 * ({@code reasons}: {@code NEW_MEMBER}, {@code WATCHED_WORD:term}, {@code CRISIS:words}, {@code
 * FLAGS}, and each open flag as {@code FLAG:REASON: comment}), and its status. A review of a health
 * service ({@code REVIEW}) has a {@code reviewId}, no group, and its subject's name as {@code
 * groupName} and {@code title}; a health-status update ({@code UPDATE}) an {@code updateId}, no
 * group, and its author's name as {@code groupName}. {@code editedAt}: when the author last changed
 * a post (its earlier versions are its edit history), else null.
 */
@JsonbNillable
public record QueueItem(
    String kind,
    @Schema(nullable = true) Long postId,
    @Schema(nullable = true) Long commentId,
    @Schema(nullable = true) Long reviewId,
    List<String> reasons,
    String status,
    @Schema(nullable = true) Long groupId,
    String groupName,
    String title,
    String excerpt,
    String authorUsername,
    Instant createdAt,
    @Schema(nullable = true) Long updateId,
    @Schema(nullable = true) Instant editedAt) {}
