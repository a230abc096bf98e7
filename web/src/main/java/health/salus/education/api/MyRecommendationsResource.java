package health.salus.education.api;

import health.salus.education.boundary.CatalogueService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /me/recommendations}: the programmes and variants that suit a patient, and why. */
@Tag(name = "Education")
@Path("me/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class MyRecommendationsResource {

  @Inject CatalogueService catalogue;

  @GET
  @Operation(
      summary = "My recommended programmes",
      description =
          "PATIENT: [{programmeId, lessonId, level, language, format, why}]: programmes chosen from"
              + " the patient's conditions and age, the next lesson of each in the variant that"
              + " suits their education, internet access, language and literacy screen.")
  public List<RecommendationItem> recommendations() {
    return catalogue.recommendations().stream().map(RecommendationItem::of).toList();
  }
}
