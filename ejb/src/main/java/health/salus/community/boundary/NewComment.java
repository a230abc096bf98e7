package health.salus.community.boundary;

/**
 * A comment as a member writes it (Markdown); {@code confirmPersonalDetails} as in {@link NewPost}.
 */
public record NewComment(String body, Boolean confirmPersonalDetails) {

  /** Whether the author confirmed the personal details in the text. */
  public boolean confirmed() {
    return Boolean.TRUE.equals(confirmPersonalDetails);
  }
}
