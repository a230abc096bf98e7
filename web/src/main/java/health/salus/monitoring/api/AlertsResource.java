package health.salus.monitoring.api;

import health.salus.monitoring.boundary.AlertView;
import health.salus.monitoring.boundary.CareTeamMonitoringService;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /alerts/{id}/acknowledge}: a clinician of the patient's care team acknowledges a
 * reading alert → 200 with it; 404 for anyone else; 409 when acknowledged already.
 */
@Tag(name = "Monitoring")
@Path("alerts/{id}/acknowledge")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

  @Inject CareTeamMonitoringService careTeam;

  @POST
  @Operation(summary = "Acknowledge a reading alert")
  public AlertView acknowledge(@PathParam("id") long id) {
    return careTeam.acknowledge(id);
  }
}
