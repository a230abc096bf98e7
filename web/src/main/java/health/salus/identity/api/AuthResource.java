package health.salus.identity.api;

import health.salus.identity.boundary.IdentityService;
import health.salus.identity.boundary.RegisteredPatient;
import health.salus.identity.boundary.Registration;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /auth/register}: a patient signs up (no sign-in needed). */
@Tag(name = "Identity")
@Path("auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject IdentityService identity;

  @POST
  @Path("register")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegisteredPatient.class)))
  @SecurityRequirements
  public Response register(Registration registration, @Context UriInfo uri) {
    RegisteredPatient registered = identity.register(registration);
    return Response.created(uri.getBaseUriBuilder().path("me").build()).entity(registered).build();
  }
}
