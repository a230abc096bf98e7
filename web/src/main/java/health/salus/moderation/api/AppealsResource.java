package health.salus.moderation.api;

import health.salus.moderation.boundary.AppealService;
import health.salus.moderation.boundary.AppealView;
import health.salus.moderation.boundary.ModerationReason;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /moderation/appeals} and {@code POST /moderation/appeals/{id}/{uphold,reject}} with
 * {reason} (moderators).
 */
@Tag(name = "Moderation")
@Path("moderation/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealsResource {

  @Inject AppealService appeals;

  @GET
  @Operation(summary = "The open appeals the caller may decide, oldest first (moderators)")
  public List<AppealView> open() {
    return appeals.openAppeals();
  }

  @POST
  @Path("{id}/{outcome}")
  @Operation(
      summary = "uphold (undo the action) or reject an appeal, with {reason}",
      description = "Not by the moderator who acted while another moderates there (422).")
  public AppealView decide(
      @PathParam("id") long id,
      @Parameter(schema = @Schema(enumeration = {"uphold", "reject"})) @PathParam("outcome")
          String outcome,
      ModerationReason reason) {
    return appeals.decide(id, outcome, reason);
  }
}
