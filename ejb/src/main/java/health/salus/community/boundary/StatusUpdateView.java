package health.salus.community.boundary;

import health.salus.community.entity.StatusUpdate;
import health.salus.shared.control.SafeMarkdown;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A status update as a reader sees it: {@code textHtml} is the Markdown text rendered and sanitised
 * as community posts are; {@code chosenUsernames} (who was chosen) only for its author; {@code
 * mine} whether the reader wrote it; {@code status} {@code PUBLISHED}, or (only its author sees it
 * then) held, hidden or removed by moderation, with the moderator's {@code moderationNote}.
 */
@JsonbNillable
public record StatusUpdateView(
    long id,
    String authorUsername,
    String authorName,
    String text,
    String textHtml,
    @Schema(nullable = true) Integer wellbeing,
    String audience,
    List<String> chosenUsernames,
    @Schema(nullable = true) Long groupId,
    @Schema(nullable = true) String groupName,
    Instant createdAt,
    @Schema(nullable = true) Instant editedAt,
    boolean mine,
    String status,
    @Schema(nullable = true) String moderationNote) {

  static StatusUpdateView of(StatusUpdate update, long readerId, List<String> chosen) {
    boolean mine = update.isBy(readerId);
    return new StatusUpdateView(
        update.getId(),
        update.getAuthor().getUsername(),
        update.getAuthor().getFullName(),
        update.getBody(),
        SafeMarkdown.toHtml(update.getBody()),
        update.getWellbeing(),
        update.getAudience().name(),
        mine ? List.copyOf(chosen) : List.of(),
        update.getGroup() == null ? null : update.getGroup().getId(),
        update.getGroup() == null ? null : update.getGroup().getName(),
        update.getCreatedAt(),
        update.getEditedAt(),
        mine,
        update.getStatus().name(),
        mine ? update.getModerationNote() : null);
  }
}
