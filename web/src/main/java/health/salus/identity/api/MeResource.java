package health.salus.identity.api;

import health.salus.identity.boundary.AccountView;
import health.salus.identity.boundary.IdentityService;
import health.salus.identity.entity.ProfileDetails;
import health.salus.identity.entity.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /me}: the signed-in user's own account, profile and password. */
@Tag(name = "Identity")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject IdentityService identity;

  /** Who the caller is. */
  public record Me(long id, String username, String fullName, List<String> roles, Long patientId) {
    static Me of(AccountView account) {
      return new Me(
          account.id(),
          account.username(),
          account.fullName(),
          account.roles().stream().map(Role::name).sorted().toList(),
          account.hasRole(Role.PATIENT) ? account.patientId() : null);
    }
  }

  /** The profile with the version it was read at; send the version back when changing it. */
  public record Profile(ProfileDetails details, long version) {}

  /** A password change. */
  public record PasswordChange(String currentPassword, String newPassword) {}

  @GET
  public Me me() {
    return Me.of(identity.me());
  }

  @GET
  @Path("profile")
  public Profile profile() {
    AccountView account = identity.me();
    return new Profile(account.profile(), account.version());
  }

  @PUT
  @Path("profile")
  @Consumes(MediaType.APPLICATION_JSON)
  public Profile updateProfile(Profile profile) {
    if (profile == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    AccountView account = identity.updateProfile(profile.details(), profile.version());
    return new Profile(account.profile(), account.version());
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "204", description = "Done")
  public Response changePassword(PasswordChange change) {
    if (change == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    identity.changePassword(change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }
}
