package health.salus.moderation.api;

import health.salus.moderation.boundary.FlagService;
import health.salus.moderation.boundary.FlagView;
import health.salus.moderation.boundary.NewFlag;
import health.salus.shared.api.CreatedAt;
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

/** {@code POST /posts/{id}/flags}: a member flags a post {reason, comment} → 201 {id}. */
@Tag(name = "Moderation")
@Path("posts/{id}/flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagsResource {

  @Inject FlagService flags;

  @POST
  @Operation(
      summary = "Flag a post",
      description =
          "reason SPAM, ABUSE, MISINFORMATION, PRIVACY or OTHER; once per member (409 again); 3"
              + " open flags (configurable) hide a published post until a moderator reviews it.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FlagView.class)))
  public Response flag(@PathParam("id") long id, NewFlag flag, @Context UriInfo uri) {
    FlagView created = flags.flag(id, flag);
    return CreatedAt.below(uri, created.id(), created);
  }
}
