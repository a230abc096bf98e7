package health.salus.community.boundary;

/** A reaction: {@code HELPFUL} or {@code THANKS}. */
public record NewReaction(String kind) {}
