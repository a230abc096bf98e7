package health.salus.prescriptions.api;

import health.salus.identity.entity.Role;
import health.salus.prescriptions.boundary.NewRefillRequest;
import health.salus.prescriptions.boundary.PrescriptionService;
import health.salus.prescriptions.boundary.RefillDecisionService;
import health.salus.prescriptions.boundary.RefillRequestView;
import health.salus.prescriptions.entity.RefillStatus;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /refill-requests}: patients ask for refills and follow them; clinicians list the requests
 * they may decide and approve or deny them. The list is a {@link PageOf} ({@code ?page=} from 0,
 * {@code ?size=}), the total repeated in {@code X-Total-Count}.
 */
@Tag(name = "Prescriptions")
@Path("refill-requests")
@Produces(MediaType.APPLICATION_JSON)
public class RefillRequestsResource {

  @Inject PrescriptionService prescriptions;
  @Inject RefillDecisionService decisions;

  /** A denial's body. */
  public record Denial(String reason) {}

  /**
   * A clinician sees the requests to decide (open ones unless {@code ?status=} says otherwise); a
   * patient sees their own (all unless filtered).
   */
  @GET
  public PageOf<RefillRequestView> list(
      @Parameter(schema = @Schema(implementation = RefillStatus.class)) @QueryParam("status")
          String status,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size,
      @Context SecurityContext security) {
    Params.Paging paging = Params.paging(page, size, 50);
    int pageNumber = paging.page();
    int pageSize = paging.size();
    Page<RefillRequestView> result =
        security.isUserInRole(Role.Names.CLINICIAN)
            ? decisions.requestsToDecide(status(status), pageNumber, pageSize)
            : prescriptions.myRefillRequests(status(status), pageNumber, pageSize);
    return PageOf.of(result);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RefillRequestView.class)))
  public Response request(NewRefillRequest request, @Context UriInfo uri) {
    RefillRequestView created = prescriptions.requestRefill(request);
    return CreatedAt.below(uri, created.id(), created);
  }

  @POST
  @Path("{id}/approve")
  public RefillRequestView approve(@PathParam("id") long id) {
    return decisions.approve(id);
  }

  @POST
  @Path("{id}/deny")
  @Consumes(MediaType.APPLICATION_JSON)
  public RefillRequestView deny(@PathParam("id") long id, Denial denial) {
    return decisions.deny(id, denial == null ? null : denial.reason());
  }

  private static RefillStatus status(String value) {
    return Params.choice("status", value, RefillStatus.class, "refill.statusUnknown");
  }
}
