package health.salus.moderation.boundary;

/**
 * Fired in the moderator's transaction when a moderator acted on a member's post or comment, so the
 * author is told what happened and why ({@code action} APPROVE, HIDE, REMOVE, RESTORE).
 */
public record PostModerated(
    long actionId, long authorAccountId, long postId, String title, String action, String reason) {}
