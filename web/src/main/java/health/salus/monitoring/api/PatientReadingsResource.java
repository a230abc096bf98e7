package health.salus.monitoring.api;

import health.salus.monitoring.boundary.MonitoringService;
import health.salus.monitoring.boundary.ReadingView;
import health.salus.monitoring.entity.ReadingType;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /patients/{patientId}/readings?type=}: a patient's readings over time (oldest first,
 * paged), read as the record is: the patient, the care team, holders of a READINGS or ALL grant;
 * anyone else 404.
 */
@Tag(name = "Monitoring")
@Path("patients/{patientId}/readings")
@Produces(MediaType.APPLICATION_JSON)
public class PatientReadingsResource {

  /** The default page: about three months of a reading a day. */
  static final int DEFAULT_SIZE = 100;

  @Inject MonitoringService monitoring;

  @GET
  @Operation(summary = "A patient's readings over time, oldest first")
  public PageOf<ReadingView> readings(
      @PathParam("patientId") long patientId,
      @Parameter(schema = @Schema(implementation = ReadingType.class)) @QueryParam("type")
          String type,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, DEFAULT_SIZE);
    return PageOf.of(monitoring.readingsOf(patientId, type, paging.page(), paging.size()));
  }
}
