package health.salus.directory.api;

import health.salus.directory.boundary.DirectoryService;
import health.salus.directory.boundary.PractitionerView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /practitioners?specialty=}: the organisation's practitioners. */
@Tag(name = "Directory")
@Path("practitioners")
@Produces(MediaType.APPLICATION_JSON)
public class PractitionersResource {

  @Inject DirectoryService directory;

  @GET
  public List<PractitionerView> practitioners(@QueryParam("specialty") String specialty) {
    return directory.practitioners(specialty);
  }
}
