package health.salus.timeline.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a patient's timeline, newest first: {@code next} is the cursor of the older events
 * ({@code ?after=next}), null on the last page.
 */
@JsonbNillable
public record TimelinePage(List<TimelineEntry> items, @Schema(nullable = true) String next) {}
