package health.salus.education.api;

import health.salus.education.boundary.AuthoringService;
import health.salus.education.boundary.ProgrammeFigures;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /education/figures}: literacy and engagement per programme, in counts only. */
@Tag(name = "Education")
@Path("education/figures")
@Produces(MediaType.APPLICATION_JSON)
public class EducationFiguresResource {

  @Inject AuthoringService authoring;

  @GET
  @Operation(
      summary = "Programme figures",
      description =
          "EDUCATOR, STAFF, CLINICIAN, CASE_MANAGER, ADMIN: [{programmeId, title, enrolled,"
              + " active, completed, lessonsCompleted, literacyLimited, literacyAdequate,"
              + " literacyUnknown}]: counts, never whose.")
  public List<ProgrammeFigures> figures() {
    return authoring.figures();
  }
}
