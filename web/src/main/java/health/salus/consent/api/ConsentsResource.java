package health.salus.consent.api;

import health.salus.consent.boundary.ConsentGrantView;
import health.salus.consent.boundary.ConsentService;
import health.salus.consent.boundary.NewConsentGrant;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /consents}: the signed-in patient grants an account categories of their record until a
 * moment, lists their grants and revokes them (at once; a revoked grant revoked again: 204).
 */
@Tag(name = "Consent")
@Path("consents")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentsResource {

  @Inject ConsentService consent;

  /** The patient's grants, newest first, with status ACTIVE, REVOKED or EXPIRED. */
  @GET
  public List<ConsentGrantView> list() {
    return consent.myGrants();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ConsentGrantView.class)))
  public Response grant(NewConsentGrant grant, @Context UriInfo uri) {
    ConsentGrantView created = consent.grantAccess(grant);
    return CreatedAt.below(uri, created.id(), created);
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "Revoked (or revoked already)")
  public Response revoke(@PathParam("id") long id) {
    consent.revokeAccess(id);
    return Response.noContent().build();
  }
}
