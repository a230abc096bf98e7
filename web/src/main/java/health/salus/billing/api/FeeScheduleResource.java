package health.salus.billing.api;

import health.salus.billing.boundary.FeeItemRevision;
import health.salus.billing.boundary.FeeItemView;
import health.salus.billing.boundary.FeeScheduleService;
import health.salus.billing.boundary.NewFeeItem;
import health.salus.shared.api.CreatedAt;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /fee-schedule}: what things cost; staff and administrators keep it. */
@Tag(name = "Billing")
@Path("fee-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeeScheduleResource {

  @Inject FeeScheduleService schedule;

  @GET
  public List<FeeItemView> items() {
    return schedule.items();
  }

  @POST
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FeeItemView.class)))
  public Response add(NewFeeItem item, @Context UriInfo uri) {
    FeeItemView created = schedule.addItem(item);
    return CreatedAt.below(uri, created.id(), created);
  }

  @PUT
  @Path("{id}")
  public FeeItemView revise(@PathParam("id") long id, FeeItemRevision revision) {
    return schedule.reviseItem(id, revision);
  }
}
