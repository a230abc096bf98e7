package health.salus.moderation.boundary;

import health.salus.moderation.entity.Sanction;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A sanction on a member: {@code kind} WARN, SILENCE or SUSPEND, until when, in which group (none:
 * all), whether it holds now, and the log line ({@code actionId}) a member appeals.
 */
@JsonbNillable
public record SanctionView(
    long id,
    long actionId,
    String memberUsername,
    String kind,
    String reason,
    Instant imposedAt,
    @Schema(nullable = true) Instant until,
    @Schema(nullable = true) Long groupId,
    @Schema(nullable = true) String groupName,
    String moderatorUsername,
    @Schema(nullable = true) Instant liftedAt,
    boolean inForce) {

  static SanctionView of(Sanction s, long actionId, Instant now) {
    return new SanctionView(
        s.getId(),
        actionId,
        s.getMember().getUsername(),
        s.getKind().name(),
        s.getReason(),
        s.getImposedAt(),
        s.getUntil(),
        s.getGroup() == null ? null : s.getGroup().getId(),
        s.getGroup() == null ? null : s.getGroup().getName(),
        s.getModerator().getUsername(),
        s.getLiftedAt(),
        s.holdsAt(now));
  }
}
