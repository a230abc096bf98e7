package health.salus.casework.api;

import health.salus.casework.boundary.CaseSummaryView;
import health.salus.casework.boundary.CaseworkService;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /me/cases}: the patient's own cases (a carer acting for a patient adds {@code
 * ?patientId=}).
 */
@Tag(name = "Case management")
@Path("me/cases")
@Produces(MediaType.APPLICATION_JSON)
public class MyCasesResource {

  @Inject CaseworkService cases;

  @GET
  @Operation(summary = "The patient's cases; a carer acting for a patient adds ?patientId=")
  public List<CaseSummaryView> myCases(
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("patientId") String patientId) {
    return cases.casesOf(Params.id("patientId", patientId));
  }
}
