package health.salus.community.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a group feed, newest first: {@code next} is the cursor for the older posts ({@code
 * ?after=next}), null on the last page.
 */
@JsonbNillable
public record Feed(List<PostView> items, @Schema(nullable = true) String next) {}
