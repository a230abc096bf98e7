package health.salus.community.api;

import health.salus.community.boundary.AudienceChoice;
import health.salus.community.boundary.StatusUpdateService;
import health.salus.community.boundary.StatusUpdateView;
import health.salus.community.boundary.UpdateFeed;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /status-updates} (the feed of the updates the caller may see, newest first, {@code
 * {items, next}} with {@code ?after=next}), {@code GET/DELETE /status-updates/{id}} and {@code PUT
 * /status-updates/{id}/audience}. An update outside the caller's audience is 404.
 */
@Tag(name = "Sharing")
@Path("status-updates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusUpdatesResource {

  @Inject StatusUpdateService updates;

  @GET
  @Operation(
      summary = "The status updates the caller may see, newest first",
      description =
          "{items, next}; pass next as ?after= for older ones (?page=0 is the first too).")
  public UpdateFeed feed(
      @QueryParam("after") String after,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    return updates.feed(after, firstPageSize(page, size));
  }

  /** The page size asked for; a page other than the first is 400 (this list pages by cursor). */
  static int firstPageSize(String page, String size) {
    Params.Paging paging = Params.paging(page, size, StatusUpdateService.FEED_SIZE);
    if (paging.page() != 0) {
      throw new InvalidInputException("page", "community.feedByCursor");
    }
    return paging.size();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One status update, for a caller in its audience (else 404)")
  public StatusUpdateView update(@PathParam("id") long id) {
    return updates.update(id);
  }

  @PUT
  @Path("{id}/audience")
  @Operation(
      summary = "The author changes who sees the update",
      description = "{audience, chosenUsernames?, groupId?}; others 403 (or 404 outside it).")
  public StatusUpdateView changeAudience(@PathParam("id") long id, AudienceChoice choice) {
    return updates.changeAudience(id, choice);
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "Deleted")
  @Operation(summary = "The author deletes the update")
  public Response delete(@PathParam("id") long id) {
    updates.delete(id);
    return Response.noContent().build();
  }
}
