package health.salus.education.api;

import health.salus.education.boundary.LiteracyService;
import health.salus.education.boundary.ScreeningResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /patients/{patientId}/literacy-screening}: one person's screen, for a care reason. */
@Tag(name = "Education")
@Path("patients/{patientId}/literacy-screening")
@Produces(MediaType.APPLICATION_JSON)
public class PatientLiteracyScreeningResource {

  @Inject LiteracyService literacy;

  @GET
  @Operation(
      summary = "A patient's latest literacy screen, for a care reason",
      description =
          "The patient's care team (CLINICIAN, EDUCATOR) or case team (CASE_MANAGER): {id, level,"
              + " helpReading, confidentWithForms, answeredAt}; 204 if none. Anyone else 403 (the"
              + " front desk too: staff see counts per programme, GET /education/figures); no such"
              + " patient 404. Every decision is audited (EDUCATION_SCREENING_READ).")
  @APIResponse(
      responseCode = "200",
      description = "The latest screen",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScreeningResult.class)))
  @APIResponse(responseCode = "204", description = "No screen taken yet")
  public Response latest(@PathParam("patientId") long patientId) {
    return MyLiteracyScreeningResource.okOrNoContent(literacy.latestOf(patientId));
  }
}
