package health.salus.shared.api;

import health.salus.shared.boundary.HealthCheck;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /health}: UP when the application and its database answer, else 503 DOWN. */
@Tag(name = "Service")
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject HealthCheck healthCheck;

  /** The answer: {@code UP} or {@code DOWN}. */
  public record Health(@Schema(enumeration = {"UP", "DOWN"}) String status) {}

  @GET
  @SecurityRequirements
  @APIResponse(
      responseCode = "200",
      description = "The application and its database answer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Health.class)))
  @APIResponse(
      responseCode = "503",
      description = "The database does not answer",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Health.class)))
  public Response health() {
    boolean up = healthCheck.databaseAnswers();
    return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN")).build();
  }
}
