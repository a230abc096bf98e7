package health.salus.community.boundary;

/** A comment as a member writes it (Markdown). */
public record NewComment(String body) {}
