package health.salus.moderation.boundary;

/**
 * A flag on a comment made: its id, the comment and its post, and the comment's status after it
 * (HIDDEN once enough members flagged it).
 */
public record CommentFlagView(long id, long commentId, long postId, String commentStatus) {}
