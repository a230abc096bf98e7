package health.salus.feedback.boundary;

/** A rating of a completed appointment: 1 to 5, with an optional comment. */
public record NewRating(Integer score, String comment) {}
