package health.salus.moderation.api;

import health.salus.moderation.boundary.ModerationReason;
import health.salus.moderation.boundary.SanctionService;
import health.salus.moderation.boundary.SanctionView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /moderation/sanctions/{id}/lift} with {reason}. */
@Tag(name = "Moderation")
@Path("moderation/sanctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SanctionsResource {

  @Inject SanctionService sanctions;

  @POST
  @Path("{id}/lift")
  @Operation(summary = "End a silence or suspension early, with {reason}")
  public SanctionView lift(@PathParam("id") long id, ModerationReason reason) {
    return sanctions.lift(id, reason);
  }
}
