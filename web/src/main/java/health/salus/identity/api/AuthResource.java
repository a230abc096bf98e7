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

/** {@code POST /auth/register}: a patient signs up (no sign-in needed). */
@Path("auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject IdentityService identity;

  @POST
  @Path("register")
  public Response register(Registration registration, @Context UriInfo uri) {
    RegisteredPatient registered = identity.register(registration);
    return Response.created(uri.getBaseUriBuilder().path("me").build()).entity(registered).build();
  }
}
