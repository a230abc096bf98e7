package health.salus.identity.api;

import health.salus.identity.boundary.MfaService;
import health.salus.identity.boundary.MfaSetUp;
import health.salus.identity.boundary.MfaStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /me/mfa}: one's own multi-factor sign-in. Open to an account the administrator's policy
 * sends to set it up (the rest of the API answers it 403 until then).
 */
@Tag(name = "Identity")
@Path("me/mfa")
@Produces(MediaType.APPLICATION_JSON)
public class MfaResource {

  @Inject MfaService mfa;

  /** A one-time code (or recovery code), or the password where either will do. */
  public record Proof(String code, String password) {}

  /** Recovery codes, shown once. */
  public record RecoveryCodes(List<String> recoveryCodes) {}

  @GET
  public MfaStatus status() {
    return mfa.status();
  }

  /** Begins set-up: {@code {secret, otpauthUri, qrCodeImage}}; on only after {@code /confirm}. */
  @POST
  public MfaSetUp begin() {
    return mfa.beginSetUp();
  }

  @POST
  @Path("confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public RecoveryCodes confirm(Proof proof) {
    if (proof == null) {
      throw new BadRequestException();
    }
    return new RecoveryCodes(mfa.confirmSetUp(proof.code()));
  }

  @POST
  @Path("disable")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "204", description = "Turned off")
  public Response disable(Proof proof) {
    if (proof == null) {
      throw new BadRequestException();
    }
    mfa.turnOff(proof.code() != null ? proof.code() : proof.password());
    return Response.noContent().build();
  }

  @POST
  @Path("recovery-codes")
  public RecoveryCodes newRecoveryCodes() {
    return new RecoveryCodes(mfa.regenerateRecoveryCodes());
  }
}
