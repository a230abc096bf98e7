package health.salus.audit.api;

import health.salus.audit.boundary.AccessHistoryService;
import health.salus.shared.api.ApiDocs;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /me/access-log.csv}: the signed-in patient's access history as a CSV download, with
 * the filters of {@link AccessLogResource}, not paged.
 */
@Tag(name = "Audit")
@Path("me/access-log.csv")
public class AccessLogCsvResource {

  static final String CSV = "text/csv";

  @Inject AccessHistoryService history;

  @GET
  @Produces(CSV)
  @Operation(
      summary = "The signed-in patient's access history as CSV",
      description =
          "A header row (at, actorUsername, actorName, actorRole, action, category, outcome,"
              + " purpose), then the entries newest first, at most 10,000. PATIENT only.")
  @APIResponse(
      responseCode = "200",
      description = "The history as CSV (RFC 4180)",
      content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
  public Response accessLogCsv(
      @Parameter(description = AccessLogResource.FROM, schema = @Schema(ref = ApiDocs.INSTANT))
          @QueryParam("from")
          String from,
      @Parameter(description = AccessLogResource.TO, schema = @Schema(ref = ApiDocs.INSTANT))
          @QueryParam("to")
          String to) {
    String csv =
        history.myAccessLogCsv(
            AccessLogResource.bound("from", from), AccessLogResource.bound("to", to));
    return Response.ok(csv, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"access-history.csv\"")
        .build();
  }
}
