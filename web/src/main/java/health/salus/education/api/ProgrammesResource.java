package health.salus.education.api;

import health.salus.education.boundary.AuthoringService;
import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.Enrolled;
import health.salus.education.boundary.EnrolmentRequest;
import health.salus.education.boundary.EnrolmentView;
import health.salus.education.boundary.LearningService;
import health.salus.education.boundary.LessonInput;
import health.salus.education.boundary.ProgrammeInput;
import health.salus.education.boundary.ProgrammeSummary;
import health.salus.education.boundary.ProgrammeView;
import health.salus.shared.api.CreatedAt;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * {@code /programmes}: the health education catalogue, a programme and its lessons, enrolment; the
 * educator's authoring of programmes and lessons.
 */
@Tag(name = "Education")
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

  @Inject CatalogueService catalogue;
  @Inject LearningService learning;
  @Inject AuthoringService authoring;

  @GET
  @Operation(
      summary = "The programmes",
      description =
          "[{id, title, topic, summary, lessonCount, languages, levels}]: languages as BCP 47 tags"
              + " (en, zh-Hans), levels EASY_READ, STANDARD, DETAILED. Titles in ?language= (the"
              + " caller's preferred language when absent).")
  public List<ProgrammeSummary> programmes(
      @Parameter(description = "en or zh-Hans") @QueryParam("language") String language) {
    return catalogue.programmes(language);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A programme",
      description =
          "{id, title, topic, summary, lessons: [{id, position, title, completed}], enrolment}:"
              + " completed and enrolment (ACTIVE, COMPLETED or null) for a patient caller.")
  public ProgrammeView programme(
      @PathParam("id") long id,
      @Parameter(description = "en or zh-Hans") @QueryParam("language") String language) {
    return catalogue.programme(id, language);
  }

  @POST
  @Path("{id}/enrolments")
  @Operation(
      summary = "Enrol in a programme",
      description =
          "PATIENT for themself ({} or no body); CLINICIAN or CASE_MANAGER of the patient's care"
              + " team with {patientId}. 201 {id, programmeId, patientId, status} when new, 200"
              + " with the enrolment there is when already enrolled; anyone else 403.")
  @APIResponse(
      responseCode = "201",
      description = "Enrolled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EnrolmentView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Already enrolled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EnrolmentView.class)))
  public Response enrol(@PathParam("id") long id, EnrolmentRequest request, @Context UriInfo uri) {
    Enrolled enrolled = learning.enrol(id, request);
    if (!enrolled.created()) {
      return Response.ok(enrolled.enrolment()).build();
    }
    return CreatedAt.below(uri, enrolled.enrolment().id(), enrolled.enrolment());
  }

  @POST
  @Operation(
      summary = "Create a programme",
      description =
          "EDUCATOR: {title, titleZh?, topic, summary, conditionTerms?, minAge?} → 201 the"
              + " programme; a title taken 409.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgrammeView.class)))
  public Response create(ProgrammeInput input, @Context UriInfo uri) {
    ProgrammeView created = authoring.createProgramme(input);
    return CreatedAt.below(uri, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change a programme",
      description = "EDUCATOR: the details with the version edited → 200; a stale version 409.")
  public ProgrammeView revise(@PathParam("id") long id, ProgrammeInput input) {
    return authoring.reviseProgramme(id, input);
  }

  @POST
  @Path("{id}/lessons")
  @Operation(summary = "Add a lesson", description = "EDUCATOR: {title} → 201 {id}.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LessonCreated.class)))
  public Response addLesson(@PathParam("id") long id, LessonInput input, @Context UriInfo uri) {
    long lesson = authoring.addLesson(id, input);
    return Response.created(
            uri.getBaseUriBuilder().path("lessons").path(Long.toString(lesson)).build())
        .entity(new LessonCreated(lesson))
        .build();
  }
}
