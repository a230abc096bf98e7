package health.salus.scheduling.api;

import health.salus.scheduling.boundary.BookablePractitioner;
import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /bookable-practitioners?name=&specialty=&siteId=&mode=&page=&size=}: practitioners
 * with availability, with their site and the modes they offer; a JSON array (README: bounded by
 * nature), at most {@link Page#MAX_SIZE} of them a page.
 */
@Tag(name = "Scheduling")
@Path("bookable-practitioners")
@Produces(MediaType.APPLICATION_JSON)
public class BookablePractitionersResource {

  @Inject BookingLookupService lookup;

  @GET
  public List<BookablePractitioner> find(
      @QueryParam("name") String name,
      @QueryParam("specialty") String specialty,
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("siteId") String siteId,
      @Parameter(schema = @Schema(implementation = AppointmentMode.class)) @QueryParam("mode")
          String mode,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, Page.MAX_SIZE);
    return lookup
        .practitioners(
            name, specialty, Params.id("siteId", siteId), mode, paging.page(), paging.size())
        .items();
  }
}
