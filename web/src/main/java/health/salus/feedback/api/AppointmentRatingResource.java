package health.salus.feedback.api;

import health.salus.feedback.boundary.InvitationView;
import health.salus.feedback.boundary.NewRating;
import health.salus.feedback.boundary.SatisfactionService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

/** {@code POST /appointments/{id}/rating}: the patient rates a completed appointment, once. */
@Tag(name = "Feedback")
@Path("appointments/{id}/rating")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentRatingResource {

  @Inject SatisfactionService satisfaction;

  @POST
  @Operation(
      summary = "Rate a completed appointment",
      description =
          "PATIENT (the appointment's), CARER acting for them. {score: 1..5, comment}. 201 with"
              + " the rated invitation; rated already: 409; no invitation or not the patient's:"
              + " 404; a score out of range: 400.")
  @APIResponse(
      responseCode = "201",
      description = "Rated",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvitationView.class)))
  public Response rate(@PathParam("id") long appointmentId, NewRating rating) {
    return Response.status(Response.Status.CREATED)
        .entity(satisfaction.rate(appointmentId, rating))
        .build();
  }
}
