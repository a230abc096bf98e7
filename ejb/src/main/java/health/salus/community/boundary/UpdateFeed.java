package health.salus.community.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of status updates, newest first: {@code next} is the cursor for the older ones ({@code
 * ?after=next}), null on the last page.
 */
@JsonbNillable
public record UpdateFeed(List<StatusUpdateView> items, @Schema(nullable = true) String next) {}
