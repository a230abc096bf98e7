package health.salus.community.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The average rating (1–5, to one decimal; none without reviews) and the count of a practitioner's
 * or site's published reviews.
 */
@JsonbNillable
public record ReviewRating(@Schema(nullable = true) Double average, long count) {

  public static final ReviewRating NONE = new ReviewRating(null, 0);

  /** From the count and the sum of the ratings. */
  public static ReviewRating of(long count, long total) {
    return count == 0 ? NONE : new ReviewRating(Math.round(total * 10.0 / count) / 10.0, count);
  }
}
