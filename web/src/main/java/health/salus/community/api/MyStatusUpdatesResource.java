package health.salus.community.api;

import health.salus.community.boundary.NewStatusUpdate;
import health.salus.community.boundary.StatusUpdateService;
import health.salus.community.boundary.StatusUpdateView;
import health.salus.community.boundary.UpdateFeed;
import health.salus.shared.api.ApiDocs;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET/POST /me/status-updates}: the caller's own status updates, and sharing a new one. */
@Tag(name = "Sharing")
@Path("me/status-updates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyStatusUpdatesResource {

  @Inject StatusUpdateService updates;

  @GET
  @Operation(summary = "The caller's own status updates, newest first ({items, next}, ?after=)")
  public UpdateFeed mine(
      @QueryParam("after") String after,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    return updates.mine(after, StatusUpdatesResource.firstPageSize(page, size));
  }

  @POST
  @Operation(
      summary = "Share a status update",
      description =
          "{text (Markdown), wellbeing? (1-5), audience? (ONLY_ME by default, CONNECTIONS, CHOSEN,"
              + " GROUP), chosenUsernames? (CHOSEN: some of the caller's connections), groupId?"
              + " (GROUP: a group the caller belongs to)} -> 201 the update.")
  @APIResponse(
      responseCode = "201",
      description = "Shared",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StatusUpdateView.class)))
  public Response share(NewStatusUpdate update, @Context UriInfo uri) {
    StatusUpdateView shared = updates.share(update);
    return Response.created(
            uri.getBaseUriBuilder().path("status-updates").path(Long.toString(shared.id())).build())
        .entity(shared)
        .build();
  }
}
