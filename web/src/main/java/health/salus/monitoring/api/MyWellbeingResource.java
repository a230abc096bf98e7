package health.salus.monitoring.api;

import health.salus.monitoring.boundary.MonitoringService;
import health.salus.monitoring.boundary.WellbeingAnswers;
import health.salus.monitoring.boundary.WellbeingView;
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
 * {@code POST /me/wellbeing}: the signed-in patient takes the WHO-5 check-in {@code {answers: [5
 * numbers 0..5]}} → 201 with the score (409 within 7 days of the last).
 */
@Tag(name = "Monitoring")
@Path("me/wellbeing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyWellbeingResource {

  @Inject MonitoringService monitoring;

  @POST
  @Operation(
      summary = "Take the WHO-5 wellbeing check-in",
      description =
          "answers: the five WHO-5 statements in order, each 0 (at no time) to 5 (all of the"
              + " time). Scored as published: rawScore is the sum (0..25), percent = rawScore x"
              + " 4. Weekly: a second check-in within 7 days of the last is refused (409) and the"
              + " first stays. A percent of 50 or less alerts the care team once per excursion.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WellbeingView.class)))
  public Response checkIn(WellbeingAnswers answers, @Context UriInfo uri) {
    WellbeingView created = monitoring.checkIn(answers);
    return CreatedAt.below(uri, created.id(), created);
  }
}
