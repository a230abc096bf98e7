package health.salus.monitoring.api;

import health.salus.monitoring.boundary.CareTeamMonitoringService;
import health.salus.monitoring.boundary.MonitoringService;
import health.salus.monitoring.boundary.ThresholdBounds;
import health.salus.monitoring.boundary.ThresholdView;
import health.salus.monitoring.entity.ReadingType;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /patients/{patientId}/thresholds}: read as the readings are (GET); a clinician of the care
 * team sets one with {@code PUT /patients/{patientId}/thresholds/{type}} {@code {low, high}}.
 */
@Tag(name = "Monitoring")
@Path("patients/{patientId}/thresholds")
@Produces(MediaType.APPLICATION_JSON)
public class ThresholdsResource {

  @Inject MonitoringService monitoring;
  @Inject CareTeamMonitoringService careTeam;

  @GET
  @Operation(summary = "A patient's thresholds, one per type at most")
  public List<ThresholdView> thresholds(@PathParam("patientId") long patientId) {
    return monitoring.thresholdsOf(patientId);
  }

  @PUT
  @Path("{type}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a patient's threshold for a reading type",
      description =
          "A clinician of the patient's care team (else 403). low and high in the type's unit,"
              + " either may be absent but not both, low below high, each a plausible value of"
              + " the type (else 400). A value below low or above high alerts the care team, once"
              + " per excursion. WELLBEING has no threshold to set: a WHO-5 of 50 % or less"
              + " alerts.")
  public ThresholdView setThreshold(
      @PathParam("patientId") long patientId,
      @Parameter(schema = @Schema(implementation = ReadingType.class)) @PathParam("type")
          String type,
      ThresholdBounds bounds) {
    return careTeam.setThreshold(patientId, type, bounds);
  }
}
