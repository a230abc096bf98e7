package health.salus.records.api;

import health.salus.records.boundary.NewObservation;
import health.salus.records.boundary.ObservationView;
import health.salus.records.boundary.RecordEntryService;
import health.salus.records.boundary.RecordService;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /patients/{patientId}/observations}: the readers of the patient's results list them, the
 * latest taken first, paged as a {@link PageOf}, {@code ?name=} one test's over time; a clinician
 * of the care team enters a result {@code {name, code, value, unit, rangeLow, rangeHigh,
 * effectiveAt, releaseAt}} (201, flagged LOW, NORMAL or HIGH against the range), corrects its
 * current version with {@code {..., reason}} (201, the new version; 409 when it is no longer
 * current); the readers read a result's history, every version, the first first.
 */
@Tag(name = "Records")
@Path("patients/{patientId}/observations")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationsResource {

  @Inject RecordEntryService entries;
  @Inject RecordService records;

  @GET
  @Operation(
      summary = "A patient's results",
      description =
          "The latest taken first; ?name= one test's results (exact name, such as HbA1c). For"
              + " the patient, the care team and holders of the patient's RESULTS grant; a result"
              + " with a release moment reaches the patient and grantees from then on.")
  public PageOf<ObservationView> list(
      @PathParam("patientId") long patientId,
      @QueryParam("name") String name,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 50);
    return PageOf.of(records.observationsOf(patientId, name, paging.page(), paging.size()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Entered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ObservationView.class)))
  public Response add(
      @PathParam("patientId") long patientId, NewObservation input, @Context UriInfo uri) {
    ObservationView created = entries.addObservation(patientId, input);
    return CreatedAt.below(uri, created.id(), created);
  }

  @POST
  @Path("{id}/corrections")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The new current version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ObservationView.class)))
  public Response correct(
      @PathParam("patientId") long patientId, @PathParam("id") long id, NewObservation input) {
    return Response.status(Response.Status.CREATED)
        .entity(entries.correctObservation(patientId, id, input))
        .build();
  }

  @GET
  @Path("{id}/history")
  public List<ObservationView> history(
      @PathParam("patientId") long patientId, @PathParam("id") long id) {
    return records.observationHistory(patientId, id);
  }
}
