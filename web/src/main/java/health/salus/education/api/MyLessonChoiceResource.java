package health.salus.education.api;

import health.salus.education.boundary.LessonChoiceInput;
import health.salus.education.boundary.LessonChoiceService;
import health.salus.education.boundary.LessonChoiceView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /me/lesson-choice}: the variant a patient keeps for all their lessons, over what tailoring
 * suggests.
 */
@Tag(name = "Education")
@Path("me/lesson-choice")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyLessonChoiceResource {

  @Inject LessonChoiceService choices;

  @GET
  @Operation(
      summary = "My lesson choice",
      description = "PATIENT: {level, language, format, chosenAt}; 204 while lessons are tailored.")
  @APIResponse(
      responseCode = "200",
      description = "The choice",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LessonChoiceView.class)))
  @APIResponse(responseCode = "204", description = "No choice: lessons are tailored")
  public Response current() {
    return choices
        .current()
        .map(c -> Response.ok(c).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @PUT
  @Operation(
      summary = "Keep a variant for all my lessons",
      description =
          "PATIENT: {level, language, format} → 200 {level, language, format, chosenAt}; each is"
              + " needed and must be known (400). Lessons opened without naming a variant and"
              + " GET /me/recommendations then follow it.")
  public LessonChoiceView keep(LessonChoiceInput input) {
    return choices.keep(input);
  }

  @DELETE
  @Operation(
      summary = "Back to the lessons suggested for me",
      description = "PATIENT: 204; tailoring chooses the variant again.")
  @APIResponse(responseCode = "204", description = "Back to the suggestion (or there already)")
  public Response forget() {
    choices.forget();
    return Response.noContent().build();
  }
}
