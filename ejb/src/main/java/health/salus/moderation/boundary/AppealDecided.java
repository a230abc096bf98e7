package health.salus.moderation.boundary;

/**
 * Fired in the moderator's transaction when a member's appeal was decided, so they are told the
 * outcome and why ({@code action}: what they appealed, HIDE, REMOVE, WARN, SILENCE or SUSPEND).
 */
public record AppealDecided(
    long appealId, long appellantAccountId, boolean upheld, String action, String reason) {}
