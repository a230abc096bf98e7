package health.salus.education.api;

import health.salus.education.boundary.LiteracyService;
import health.salus.education.boundary.ScreeningInput;
import health.salus.education.boundary.ScreeningResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /me/literacy-screening}: the patient's health literacy screen. */
@Tag(name = "Education")
@Path("me/literacy-screening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyLiteracyScreeningResource {

  @Inject LiteracyService literacy;

  @POST
  @Operation(
      summary = "Take the literacy screen",
      description =
          "PATIENT: {answers: {helpReading, confidentWithForms}} → 201 {id, level}. helpReading is"
              + " the Single Item Literacy Screener, 1 never .. 5 always (3 or more: LIMITED);"
              + " confidentWithForms Chew's item, EXTREMELY, QUITE_A_BIT, SOMEWHAT, A_LITTLE or"
              + " NOT_AT_ALL (the last three: LIMITED). Either may be missing, not both (400).")
  @APIResponse(
      responseCode = "201",
      description = "Stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScreeningResult.class)))
  public Response screen(ScreeningInput input, @Context UriInfo uri) {
    ScreeningResult result = literacy.screen(input);
    return Response.created(uri.getAbsolutePath()).entity(result).build();
  }

  @GET
  @Operation(
      summary = "My latest literacy screen",
      description =
          "PATIENT: {id, level, helpReading, confidentWithForms, answeredAt}; 204 if none.")
  @APIResponse(
      responseCode = "200",
      description = "The latest screen",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScreeningResult.class)))
  @APIResponse(responseCode = "204", description = "No screen taken yet")
  public Response latest() {
    return okOrNoContent(literacy.latest());
  }

  /** A screen as 200, or 204 when none was taken. */
  static Response okOrNoContent(Optional<ScreeningResult> screen) {
    return screen.map(r -> Response.ok(r).build()).orElseGet(() -> Response.noContent().build());
  }
}
