package health.salus.identity.api;

import health.salus.identity.boundary.SignInPolicyService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /admin/security-policy}: whether staff and administrators must use multi-factor. */
@Tag(name = "Identity")
@Path("admin/security-policy")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityPolicyResource {

  @Inject SignInPolicyService policy;

  /** The policy: {@code {mfaRequiredForStaff}}. */
  public record Policy(Boolean mfaRequiredForStaff) {}

  @GET
  public Policy policy() {
    return new Policy(policy.mfaRequiredForStaff());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Policy change(Policy change) {
    if (change == null || change.mfaRequiredForStaff() == null) {
      throw new BadRequestException();
    }
    policy.requireMfaForStaff(change.mfaRequiredForStaff());
    return policy();
  }
}
