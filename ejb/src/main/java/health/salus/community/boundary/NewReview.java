package health.salus.community.boundary;

/**
 * A review as a patient writes it (or changes it): a rating from 1 to 5 and a text. {@code
 * confirmPersonalDetails} answers the warning that the text seems to hold a phone number, e-mail
 * address or Medicare number, as for a post.
 */
public record NewReview(Integer rating, String body, Boolean confirmPersonalDetails) {

  /** Whether the author confirmed the personal details in the text. */
  public boolean confirmed() {
    return Boolean.TRUE.equals(confirmPersonalDetails);
  }
}
