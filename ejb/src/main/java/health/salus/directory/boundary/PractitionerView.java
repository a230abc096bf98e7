package health.salus.directory.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A practitioner as patients and staff see them in the directory, with the average rating (none
 * without reviews) and count of their published reviews.
 */
@JsonbNillable
public record PractitionerView(
    long id,
    String username,
    String fullName,
    String role,
    String profession,
    String specialty,
    Long siteId,
    String siteName,
    @Schema(nullable = true) Double reviewAverage,
    long reviewCount) {}
