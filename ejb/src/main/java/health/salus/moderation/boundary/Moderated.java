package health.salus.moderation.boundary;

/** A post or comment after a moderator's action: its id and new status. */
public record Moderated(long id, String status) {}
