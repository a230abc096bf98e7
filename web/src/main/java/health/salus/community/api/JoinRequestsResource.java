package health.salus.community.api;

import health.salus.community.boundary.JoinRequest;
import health.salus.community.boundary.JoinRequestService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /groups/{id}/requests}: the requests to join a private group, for those who moderate it:
 * who waits (oldest first), admit one (200, the member now active; 409 when already answered),
 * decline one (204; they may ask again). Others who may read the group 403, anyone else 404.
 */
@Tag(name = "Community")
@Path("groups/{id}/requests")
@Produces(MediaType.APPLICATION_JSON)
public class JoinRequestsResource {

  @Inject JoinRequestService requests;

  @GET
  @Operation(summary = "Who waits to join the group, oldest request first (its moderators)")
  public List<JoinRequest> waiting(@PathParam("id") long groupId) {
    return requests.waiting(groupId);
  }

  @POST
  @Path("{accountId}/approve")
  @Operation(summary = "Admit a waiting request: the account becomes an active member")
  public JoinRequest approve(
      @PathParam("id") long groupId, @PathParam("accountId") long accountId) {
    return requests.admit(groupId, accountId);
  }

  @POST
  @Path("{accountId}/decline")
  @Operation(summary = "Decline a waiting request; the account may ask again later")
  @APIResponse(responseCode = "204", description = "Declined")
  public void decline(@PathParam("id") long groupId, @PathParam("accountId") long accountId) {
    requests.decline(groupId, accountId);
  }
}
