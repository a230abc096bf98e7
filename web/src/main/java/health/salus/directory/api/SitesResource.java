package health.salus.directory.api;

import health.salus.directory.boundary.DirectoryService;
import health.salus.directory.boundary.SiteView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /sites}: the organisation's sites by name (a handful: a JSON array), each with the
 * average rating and count of its published reviews.
 */
@Tag(name = "Directory")
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
public class SitesResource {

  @Inject DirectoryService directory;

  @GET
  @Operation(summary = "The sites with the average and count of their published reviews")
  public List<SiteView> sites() {
    return directory.sites();
  }
}
