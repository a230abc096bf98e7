package health.salus.monitoring.api;

import health.salus.monitoring.boundary.MonitoringService;
import health.salus.monitoring.boundary.NewReading;
import health.salus.monitoring.boundary.ReadingView;
import health.salus.shared.api.CreatedAt;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /me/readings}: the signed-in patient records {@code {type, value, unit, takenAt}} →
 * 201 with the reading.
 */
@Tag(name = "Monitoring")
@Path("me/readings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyReadingsResource {

  @Inject MonitoringService monitoring;

  @POST
  @Operation(
      summary = "Record a reading",
      description =
          "Types and units: BLOOD_PRESSURE_SYSTOLIC and BLOOD_PRESSURE_DIASTOLIC mmHg,"
              + " BLOOD_GLUCOSE mmol/L (or mg/dL, divided by 18.016 and stored in mmol/L), WEIGHT"
              + " kg, HEART_RATE /min, STEPS steps. Another unit for the type: 422. A value outside"
              + " the type's plausible bounds (systolic 40..300 mmHg, diastolic 20..200, glucose"
              + " 0.5..50 mmol/L, weight 1..500 kg, heart rate 20..300, steps 0..200000 whole),"
              + " or takenAt more than 5 minutes ahead or more than 366 days back: 400. A value"
              + " beyond the patient's threshold alerts the care team once per excursion.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReadingView.class)))
  public Response record(NewReading reading, @Context UriInfo uri) {
    ReadingView created = monitoring.recordReading(reading);
    return CreatedAt.below(uri, created.id(), created);
  }
}
