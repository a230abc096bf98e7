package health.salus.moderation.boundary;

/**
 * A member's flag: a reason ({@code SPAM}, {@code ABUSE}, {@code MISINFORMATION}, {@code PRIVACY},
 * {@code OTHER}) and an optional comment.
 */
public record NewFlag(String reason, String comment) {}
