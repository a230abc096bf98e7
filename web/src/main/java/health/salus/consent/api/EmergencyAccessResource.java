package health.salus.consent.api;

import health.salus.consent.boundary.EmergencyAccessRequest;
import health.salus.consent.boundary.EmergencyAccessService;
import health.salus.consent.boundary.EmergencyAccessView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /patients/{patientId}/emergency-access}: a clinician outside the patient's care team
 * opens the record with a stated reason; until {@code validUntil} they read it as the care team
 * does, every read audited with purpose EMERGENCY, and the patient is told.
 */
@Tag(name = "Consent")
@Path("patients/{patientId}/emergency-access")
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyAccessResource {

  @Inject EmergencyAccessService emergencies;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Opened until validUntil",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EmergencyAccessView.class)))
  public Response open(@PathParam("patientId") long patientId, EmergencyAccessRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(emergencies.open(patientId, request))
        .build();
  }
}
