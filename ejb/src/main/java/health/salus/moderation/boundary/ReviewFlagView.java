package health.salus.moderation.boundary;

/** A flag on a review made: its id, and the review's status after it (HIDDEN at the threshold). */
public record ReviewFlagView(long id, long reviewId, String reviewStatus) {}
