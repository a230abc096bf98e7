package health.salus.moderation.boundary;

import java.time.Instant;

/**
 * Fired in the moderator's transaction when a member was warned, silenced or suspended, or a
 * sanction was lifted ({@code action} WARN, SILENCE, SUSPEND, LIFT), so the member is told why and
 * until when ({@code until} null for a warning or a lift; {@code groupName} null: every group).
 */
public record MemberSanctioned(
    long actionId,
    long memberAccountId,
    String action,
    String reason,
    Instant until,
    String groupName) {}
