package health.salus.directory.api;

import health.salus.directory.boundary.DirectoryService;
import health.salus.directory.boundary.PractitionerView;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /practitioners?specialty=&page=&size=}: the organisation's practitioners whose account
 * is enabled, by name, paged like every list that grows with the organisation ({@code {items,
 * total, page, size}}, 50 a page unless asked).
 */
@Tag(name = "Directory")
@Path("practitioners")
@Produces(MediaType.APPLICATION_JSON)
public class PractitionersResource {

  static final int DEFAULT_SIZE = 50;

  @Inject DirectoryService directory;

  @GET
  public PageOf<PractitionerView> practitioners(
      @QueryParam("specialty") String specialty,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, DEFAULT_SIZE);
    return PageOf.of(directory.practitioners(specialty, paging.page(), paging.size()));
  }
}
