package health.salus.identity.api;

import health.salus.identity.boundary.AppPasswordService;
import health.salus.identity.boundary.AppPasswordView;
import health.salus.identity.boundary.NewAppPassword;
import health.salus.shared.api.CreatedAt;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /me/app-passwords}: named passwords for API clients (for an account with multi-factor
 * sign-in, the only way onto the API). The password is in the answer to its creation only.
 */
@Tag(name = "Identity")
@Path("me/app-passwords")
@Produces(MediaType.APPLICATION_JSON)
public class AppPasswordsResource {

  @Inject AppPasswordService appPasswords;
  @Context UriInfo uri;

  /** What to call a new app password. */
  public record NewName(String name) {}

  /** A new app password: the password itself is shown this once. */
  public record Created(long id, String name, Instant createdAt, String password) {
    static Created of(NewAppPassword created) {
      AppPasswordView view = created.appPassword();
      return new Created(view.id(), view.name(), view.createdAt(), created.password());
    }
  }

  @GET
  public List<AppPasswordView> list() {
    return appPasswords.appPasswords();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created; the password is shown this once",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Created.class)))
  public Response create(NewName name) {
    if (name == null) {
      throw new BadRequestException();
    }
    Created created = Created.of(appPasswords.create(name.name()));
    return CreatedAt.below(uri, created.id(), created);
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("id") long id) {
    appPasswords.revoke(id);
    return Response.noContent().build();
  }
}
