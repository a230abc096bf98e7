package health.salus.timeline.api;

import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.timeline.boundary.TimelinePage;
import health.salus.timeline.boundary.TimelineService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /patients/{id}/timeline}: the patient 360° timeline for the care team, newest first, paged
 * by cursor like a group feed.
 */
@Tag(name = "Timeline")
@Path("patients/{patientId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

  @Inject TimelineService timeline;

  @GET
  @Operation(
      summary = "A patient's timeline",
      description =
          "The care team (the patient's practitioners, the case team of the patient's cases, a"
              + " clinician under emergency access): every interaction with the patient, newest"
              + " first: {items: [{at, kind, summary, objectType, objectId}], next}; pass next as"
              + " ?after= for older events (?page=0 is the first page too). ?kind= filters"
              + " (repeatable or a comma list) among APPOINTMENT, CONSULTATION, REFILL,"
              + " READING_ALERT, CASE, REFERRAL, MESSAGE, EMERGENCY_ACCESS and the kinds other"
              + " features add; an unknown kind is 400. Consultations, refills and reading alerts"
              + " only for clinicians; internal case notes only for the case's team; messages of"
              + " the threads the caller takes part in. Anyone else, the patient included: 404"
              + " (403 for a role outside the care team's).")
  @APIResponse(
      responseCode = "200",
      description = "A page of the timeline",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TimelinePage.class)))
  public TimelinePage timeline(
      @PathParam("patientId") long patientId,
      @Parameter(description = "Kinds to show: one, a comma list (APPOINTMENT,REFILL), or repeated")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "The next of the previous page") @QueryParam("after") String after,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size,
      @Context UriInfo uri) {
    // Every ?kind= given, not only the first that the documented parameter holds.
    List<String> kinds = uri.getQueryParameters().getOrDefault("kind", List.of());
    Params.Paging paging = Params.paging(page, size, TimelineService.PAGE_SIZE);
    if (paging.page() != 0) {
      throw new InvalidInputException("page", "timeline.feedByCursor");
    }
    return timeline.timelineOf(patientId, kinds, after, paging.size());
  }
}
