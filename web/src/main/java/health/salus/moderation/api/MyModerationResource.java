package health.salus.moderation.api;

import health.salus.moderation.boundary.ActionOnMe;
import health.salus.moderation.boundary.AppealService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /me/moderation}: what moderators did to the caller, why, and their appeals. */
@Tag(name = "Moderation")
@Path("me/moderation")
@Produces(MediaType.APPLICATION_JSON)
public class MyModerationResource {

  @Inject AppealService appeals;

  @GET
  @Operation(summary = "Moderators' actions on you (hidden, removed, sanctions) with your appeals")
  public List<ActionOnMe> actionsOnMe() {
    return appeals.actionsOnMe();
  }
}
