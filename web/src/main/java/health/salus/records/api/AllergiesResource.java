package health.salus.records.api;

import health.salus.records.boundary.AllergyView;
import health.salus.records.boundary.NewAllergy;
import health.salus.records.boundary.RecordEntryService;
import health.salus.records.boundary.RecordService;
import health.salus.shared.api.CreatedAt;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /patients/{patientId}/allergies}: a clinician of the care team enters an allergy {@code
 * {substance, reaction, severity, recordedOn}} (201), corrects its current version with {@code
 * {..., reason}} (201, the new version; 409 when it is no longer current); the record's readers
 * read an entry's history, every version, the first first.
 */
@Tag(name = "Records")
@Path("patients/{patientId}/allergies")
@Produces(MediaType.APPLICATION_JSON)
public class AllergiesResource {

  @Inject RecordEntryService entries;
  @Inject RecordService records;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Entered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AllergyView.class)))
  public Response add(
      @PathParam("patientId") long patientId, NewAllergy input, @Context UriInfo uri) {
    AllergyView created = entries.addAllergy(patientId, input);
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
              schema = @Schema(implementation = AllergyView.class)))
  public Response correct(
      @PathParam("patientId") long patientId, @PathParam("id") long id, NewAllergy input) {
    return Response.status(Response.Status.CREATED)
        .entity(entries.correctAllergy(patientId, id, input))
        .build();
  }

  @GET
  @Path("{id}/history")
  public List<AllergyView> history(
      @PathParam("patientId") long patientId, @PathParam("id") long id) {
    return records.allergyHistory(patientId, id);
  }
}
