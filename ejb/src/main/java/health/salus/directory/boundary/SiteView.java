package health.salus.directory.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A place where the organisation sees people, as a choice in a search, with the average rating
 * (none without reviews) and count of its published reviews.
 */
@JsonbNillable
public record SiteView(
    long id, String name, @Schema(nullable = true) Double reviewAverage, long reviewCount) {}
