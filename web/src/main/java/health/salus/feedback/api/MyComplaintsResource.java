package health.salus.feedback.api;

import health.salus.feedback.boundary.ComplaintService;
import health.salus.feedback.boundary.ComplaintSummaryView;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /me/complaints}: the patient's complaints and compliments, newest first. */
@Tag(name = "Feedback")
@Path("me/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class MyComplaintsResource {

  @Inject ComplaintService complaints;

  @GET
  @Operation(summary = "The patient's complaints and compliments; ?patientId= for a carer")
  public List<ComplaintSummaryView> mine(
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("patientId") String patientId) {
    return complaints.mine(Params.id("patientId", patientId));
  }
}
