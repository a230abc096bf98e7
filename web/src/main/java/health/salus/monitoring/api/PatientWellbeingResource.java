package health.salus.monitoring.api;

import health.salus.monitoring.boundary.MonitoringService;
import health.salus.monitoring.boundary.WellbeingView;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /patients/{patientId}/wellbeing}: a patient's WHO-5 check-ins over time (oldest first,
 * paged), read as the readings are.
 */
@Tag(name = "Monitoring")
@Path("patients/{patientId}/wellbeing")
@Produces(MediaType.APPLICATION_JSON)
public class PatientWellbeingResource {

  @Inject MonitoringService monitoring;

  @GET
  @Operation(summary = "A patient's WHO-5 check-ins over time, oldest first")
  public PageOf<WellbeingView> wellbeing(
      @PathParam("patientId") long patientId,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, PatientReadingsResource.DEFAULT_SIZE);
    return PageOf.of(monitoring.wellbeingOf(patientId, paging.page(), paging.size()));
  }
}
