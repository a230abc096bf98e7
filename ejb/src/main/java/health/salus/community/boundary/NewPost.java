package health.salus.community.boundary;

/** A post (or an edit of one) as a member writes it: a title and a Markdown body. */
public record NewPost(String title, String body) {}
