package health.salus.feedback.api;

import health.salus.feedback.boundary.NewNpsAnswer;
import health.salus.feedback.boundary.NpsStatus;
import health.salus.feedback.boundary.SatisfactionService;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /me/nps}: whether the Net Promoter question ("How likely are you to recommend us?") is due
 * ({@code GET}), and the answer ({@code POST}), at most once in 90 days.
 */
@Tag(name = "Feedback")
@Path("me/nps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyNpsResource {

  @Inject SatisfactionService satisfaction;

  @GET
  @Operation(summary = "Whether the Net Promoter question is due; ?patientId= for a carer")
  public NpsStatus status(
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("patientId") String patientId) {
    return satisfaction.npsStatus(Params.id("patientId", patientId));
  }

  @POST
  @Operation(
      summary = "Answer the Net Promoter question",
      description =
          "PATIENT, CARER acting for the patient ({patientId}). {score: 0..10, comment}. 201;"
              + " answered in the last 90 days: 422; a score out of range: 400.")
  @APIResponse(
      responseCode = "201",
      description = "Answered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NpsStatus.class)))
  public Response answer(NewNpsAnswer answer) {
    return Response.status(Response.Status.CREATED).entity(satisfaction.answerNps(answer)).build();
  }
}
