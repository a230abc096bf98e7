package health.salus.moderation.api;

import health.salus.moderation.boundary.AppealService;
import health.salus.moderation.boundary.AppealView;
import health.salus.moderation.boundary.NewAppeal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /moderation/actions/{id}/appeals} with {statement}: the member it was done to. */
@Tag(name = "Moderation")
@Path("moderation/actions/{id}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionAppealsResource {

  @Inject AppealService appeals;

  @POST
  @Operation(
      summary = "Appeal a moderator's action on you",
      description =
          "Your post or comment hidden or removed, or a warning, silence or suspension; once per"
              + " action (409 again).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppealView.class)))
  public Response appeal(@PathParam("id") long id, NewAppeal appeal, @Context UriInfo uri) {
    AppealView created = appeals.appeal(id, appeal);
    return Response.created(
            uri.getBaseUriBuilder().path("moderation/appeals/{id}").build(created.id()))
        .entity(created)
        .build();
  }
}
