package health.salus.moderation.control;

import health.salus.moderation.entity.ModerationActionKind;
import java.time.Instant;

/**
 * What the moderation log is searched by; each part optional (null): the member it was done to, the
 * moderator, the action, words in the reason, and from (inclusive) and to (exclusive).
 */
public record LogSearch(
    String member,
    String moderator,
    ModerationActionKind action,
    String text,
    Instant from,
    Instant to) {

  public static LogSearch all() {
    return new LogSearch(null, null, null, null, null, null);
  }
}
