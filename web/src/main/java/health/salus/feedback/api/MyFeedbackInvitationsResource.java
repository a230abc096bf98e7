package health.salus.feedback.api;

import health.salus.feedback.boundary.InvitationView;
import health.salus.feedback.boundary.SatisfactionService;
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

/**
 * {@code GET /me/feedback-invitations}: the completed appointments the patient is invited to rate
 * and has not rated yet (a carer acting for a patient adds {@code ?patientId=}).
 */
@Tag(name = "Feedback")
@Path("me/feedback-invitations")
@Produces(MediaType.APPLICATION_JSON)
public class MyFeedbackInvitationsResource {

  @Inject SatisfactionService satisfaction;

  @GET
  @Operation(
      summary = "Open invitations to rate completed appointments, newest first",
      description = "PATIENT (own), CARER acting for the patient (?patientId=); else 404.")
  public List<InvitationView> invitations(
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("patientId") String patientId) {
    return satisfaction.openInvitations(Params.id("patientId", patientId));
  }
}
