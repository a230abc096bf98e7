package health.salus.community.boundary;

/** Staff's public answer to a review. */
public record NewReply(String body) {}
