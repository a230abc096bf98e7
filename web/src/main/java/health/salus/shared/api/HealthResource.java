package health.salus.shared.api;

import health.salus.shared.boundary.HealthCheck;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** {@code GET /health}: UP when the application and its database answer, else 503 DOWN. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject HealthCheck healthCheck;

  @GET
  public Response health() {
    boolean up = healthCheck.databaseAnswers();
    return Response.status(up ? 200 : 503).entity(Map.of("status", up ? "UP" : "DOWN")).build();
  }
}
