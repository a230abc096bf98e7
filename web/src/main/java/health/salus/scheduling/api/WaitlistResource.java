package health.salus.scheduling.api;

import health.salus.scheduling.boundary.JoinWaitlist;
import health.salus.scheduling.boundary.WaitlistService;
import health.salus.scheduling.boundary.WaitlistView;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /waitlist}: join a practitioner's waitlist (201; already waiting is a 409), list entries
 * (a patient their own; staff a practitioner's queue with {@code ?practitionerId=} or a patient's
 * with {@code ?patientId=}), leave (204).
 */
@Tag(name = "Scheduling")
@Path("waitlist")
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

  @Inject WaitlistService waitlist;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WaitlistView.class)))
  public Response join(JoinWaitlist request, @Context UriInfo uri) {
    WaitlistView created = waitlist.join(request);
    return CreatedAt.below(uri, created.id(), created);
  }

  @GET
  public List<WaitlistView> list(
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("practitionerId")
          String practitionerId,
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("patientId") String patientId) {
    return waitlist.list(
        Params.id("practitionerId", practitionerId), Params.id("patientId", patientId));
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "Done")
  public Response leave(@PathParam("id") long id) {
    waitlist.leave(id);
    return Response.noContent().build();
  }
}
