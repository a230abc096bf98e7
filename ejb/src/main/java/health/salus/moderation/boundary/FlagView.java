package health.salus.moderation.boundary;

/** A flag made: its id, and the post's status after it (HIDDEN once enough members flagged it). */
public record FlagView(long id, long postId, String postStatus) {}
