package health.salus.community.api;

import health.salus.community.boundary.ConnectionRequest;
import health.salus.community.boundary.ConnectionService;
import health.salus.community.boundary.ConnectionView;
import health.salus.shared.api.CreatedAt;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * {@code GET/POST /me/connections}, {@code POST /me/connections/{id}/accept}, {@code POST
 * /me/connections/{id}/decline} and {@code DELETE /me/connections/{id}}: friends and family among
 * the portal users (patients and carers).
 */
@Tag(name = "Sharing")
@Path("me/connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectionsResource {

  @Inject ConnectionService connections;

  @GET
  @Operation(summary = "The caller's connections, accepted and pending (INCOMING or OUTGOING)")
  public List<ConnectionView> connections() {
    return connections.connections();
  }

  @POST
  @Operation(
      summary = "Ask a portal user to connect",
      description =
          "{username} -> 201 a PENDING request (they are told), or 200 ACCEPTED when they had"
              + " asked the caller already; unknown or own username 422; already connected or"
              + " asked 409.")
  @APIResponse(
      responseCode = "201",
      description = "Asked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConnectionView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Their request to the caller accepted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConnectionView.class)))
  public Response request(ConnectionRequest request, @Context UriInfo uri) {
    ConnectionView asked = connections.request(request);
    return asked.accepted() ? Response.ok(asked).build() : CreatedAt.below(uri, asked.id(), asked);
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "The person asked accepts a request; the one who asked is told")
  public ConnectionView accept(@PathParam("id") long id) {
    return connections.accept(id);
  }

  @POST
  @Path("{id}/decline")
  @APIResponse(responseCode = "204", description = "Declined")
  @Operation(summary = "The person asked declines a request; the one who asked is told")
  public Response decline(@PathParam("id") long id) {
    connections.decline(id);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "Removed")
  @Operation(
      summary = "Either removes the connection (or withdraws a request); access ends at once")
  public Response remove(@PathParam("id") long id) {
    connections.remove(id);
    return Response.noContent().build();
  }
}
