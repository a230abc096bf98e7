package health.salus.scheduling.api;

import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.AvailabilityService;
import health.salus.scheduling.boundary.AvailabilityView;
import health.salus.scheduling.boundary.NewException;
import health.salus.scheduling.boundary.NewTemplate;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * {@code /practitioners/{id}/availability}: templates, one-off sessions and days away of a
 * practitioner (CLINICIAN: own; STAFF: any), and the appointments needing follow-up.
 */
@Tag(name = "Scheduling")
@Path("practitioners/{practitionerId}/availability")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

  @Inject AvailabilityService availability;

  @GET
  public AvailabilityView get(@PathParam("practitionerId") long practitionerId) {
    return availability.availability(practitionerId);
  }

  @POST
  @Path("templates")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AvailabilityView.Template.class)))
  public Response addTemplate(
      @PathParam("practitionerId") long practitionerId, NewTemplate template) {
    return Response.status(201).entity(availability.addTemplate(practitionerId, template)).build();
  }

  @DELETE
  @Path("templates/{templateId}")
  @APIResponse(responseCode = "204", description = "Done")
  public Response removeTemplate(
      @PathParam("practitionerId") long practitionerId, @PathParam("templateId") long templateId) {
    availability.removeTemplate(practitionerId, templateId);
    return Response.noContent().build();
  }

  @POST
  @Path("exceptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AvailabilityView.Exception.class)))
  public Response addException(
      @PathParam("practitionerId") long practitionerId, NewException exception) {
    return Response.status(201)
        .entity(availability.addException(practitionerId, exception))
        .build();
  }

  @DELETE
  @Path("exceptions/{exceptionId}")
  @APIResponse(responseCode = "204", description = "Done")
  public Response removeException(
      @PathParam("practitionerId") long practitionerId,
      @PathParam("exceptionId") long exceptionId) {
    availability.removeException(practitionerId, exceptionId);
    return Response.noContent().build();
  }

  @GET
  @Path("follow-ups")
  public List<AppointmentView> followUps(@PathParam("practitionerId") long practitionerId) {
    return availability.needingFollowUp(practitionerId);
  }
}
