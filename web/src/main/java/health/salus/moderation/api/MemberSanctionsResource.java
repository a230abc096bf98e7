package health.salus.moderation.api;

import health.salus.moderation.boundary.NewSanction;
import health.salus.moderation.boundary.SanctionService;
import health.salus.moderation.boundary.SanctionView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /moderation/members/{username}/{warn,silence,suspend}} with {reason, until, groupId},
 * and {@code GET /moderation/members/{username}/sanctions}.
 */
@Tag(name = "Moderation")
@Path("moderation/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberSanctionsResource {

  @Inject SanctionService sanctions;

  @POST
  @Path("{username}/{kind}")
  @Operation(
      summary = "Warn, silence or suspend a member",
      description =
          "kind warn, silence or suspend; {reason} required, {until} (an instant in the future)"
              + " for silence and suspend; {groupId} for one group (a group's own moderator must"
              + " give it), none for every group (MODERATOR).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SanctionView.class)))
  public Response impose(
      @PathParam("username") String username,
      @PathParam("kind") String kind,
      NewSanction sanction,
      @Context UriInfo uri) {
    SanctionView created = sanctions.impose(username, kind, sanction);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("moderation/members/{username}/sanctions")
                .build(created.memberUsername()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{username}/sanctions")
  @Operation(summary = "A member's sanctions, newest first (their moderators)")
  public List<SanctionView> sanctionsOf(@PathParam("username") String username) {
    return sanctions.sanctionsOf(username);
  }
}
