package health.salus.monitoring.api;

import health.salus.monitoring.boundary.AlertView;
import health.salus.monitoring.boundary.CareTeamMonitoringService;
import health.salus.monitoring.entity.AlertStatus;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /me/alerts?status=}: a clinician's reading alerts (open ones by default) of the
 * patients whose care team they are in, newest first, paged.
 */
@Tag(name = "Monitoring")
@Path("me/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class MyAlertsResource {

  @Inject CareTeamMonitoringService careTeam;

  @GET
  @Operation(summary = "The reading alerts of the clinician's patients, newest first")
  public PageOf<AlertView> myAlerts(
      @Parameter(schema = @Schema(implementation = AlertStatus.class)) @QueryParam("status")
          String status,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 50);
    return PageOf.of(
        careTeam.myAlerts(
            Params.choice("status", status, AlertStatus.class, "monitoring.alertStatusUnknown"),
            paging.page(),
            paging.size()));
  }
}
