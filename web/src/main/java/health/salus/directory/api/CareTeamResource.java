package health.salus.directory.api;

import health.salus.directory.boundary.CareTeamMemberView;
import health.salus.directory.boundary.CareTeamService;
import health.salus.directory.boundary.NewCareTeamMember;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /patients/{patientId}/care-team} (STAFF): the patient's care team; POST {@code
 * {practitionerId, kind}} adds a practitioner → 201.
 */
@Tag(name = "Directory")
@Path("patients/{patientId}/care-team")
@Produces(MediaType.APPLICATION_JSON)
public class CareTeamResource {

  @Inject CareTeamService careTeams;

  @GET
  public List<CareTeamMemberView> careTeam(@PathParam("patientId") long patientId) {
    return careTeams.careTeam(patientId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CareTeamMemberView.class)))
  public Response add(@PathParam("patientId") long patientId, NewCareTeamMember member) {
    CareTeamMemberView added = careTeams.addToCareTeam(patientId, member);
    return Response.status(Response.Status.CREATED).entity(added).build();
  }
}
