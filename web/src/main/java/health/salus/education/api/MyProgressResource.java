package health.salus.education.api;

import health.salus.education.boundary.LearningService;
import health.salus.education.boundary.ProgrammeProgress;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /me/progress}: a patient's progress per programme they are enrolled in. */
@Tag(name = "Education")
@Path("me/progress")
@Produces(MediaType.APPLICATION_JSON)
public class MyProgressResource {

  @Inject LearningService learning;

  @GET
  @Operation(
      summary = "My progress",
      description =
          "PATIENT: [{programmeId, title, completedLessons, totalLessons, status, nextLessonId}].")
  public List<ProgrammeProgress> progress() {
    return learning.progress();
  }
}
