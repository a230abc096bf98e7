package health.salus.community.boundary;

/**
 * A post (or an edit of one) as a member writes it: a title and a Markdown body. {@code
 * confirmPersonalDetails} is the author's answer to the warning that the text seems to hold a phone
 * number, e-mail address or Medicare number: true publishes it anyway.
 */
public record NewPost(String title, String body, Boolean confirmPersonalDetails) {

  /** Whether the author confirmed the personal details in the text. */
  public boolean confirmed() {
    return Boolean.TRUE.equals(confirmPersonalDetails);
  }
}
