package health.salus.feedback.api;

import health.salus.feedback.boundary.SatisfactionService;
import health.salus.feedback.boundary.SatisfactionTrends;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /feedback/satisfaction}: the satisfaction trends and the NPS, for staff. */
@Tag(name = "Feedback")
@Path("feedback/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
public class SatisfactionResource {

  @Inject SatisfactionService satisfaction;

  @GET
  @Operation(
      summary = "Satisfaction by month, service, site and practitioner, and the NPS",
      description = "STAFF, ADMIN. ?months= 1..24 (default 12), this month included.")
  public SatisfactionTrends trends(
      @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
          @QueryParam("months")
          String months) {
    return satisfaction.trends(Params.number("months", months));
  }
}
