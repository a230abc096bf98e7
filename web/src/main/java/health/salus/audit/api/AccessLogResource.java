package health.salus.audit.api;

import health.salus.audit.boundary.AccessHistoryService;
import health.salus.audit.boundary.AccessLogEntry;
import health.salus.audit.boundary.TimeBound;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /me/access-log}: the signed-in patient's access history, newest first, paged as a
 * {@link PageOf}. {@link AccessLogCsvResource} gives the same as CSV.
 */
@Tag(name = "Audit")
@Path("me/access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Inject AccessHistoryService history;

  @GET
  @Operation(
      summary = "The signed-in patient's access history",
      description =
          "Every read of and action on the patient's data, newest first: when, who (username,"
              + " name, role), action, category, outcome (ALLOWED or DENIED) and purpose (CARE,"
              + " CONSENT, EMERGENCY, SELF, ADMINISTRATION). PATIENT only.")
  public PageOf<AccessLogEntry> accessLog(
      @Parameter(description = FROM, schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("from")
          String from,
      @Parameter(description = TO, schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("to")
          String to,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 50);
    return PageOf.of(
        history.myAccessLog(bound("from", from), bound("to", to), paging.page(), paging.size()));
  }

  static final String FROM =
      "From this instant, or from the start of this day (YYYY-MM-DD, in the patient's time zone)";
  static final String TO =
      "Before this instant, or up to the end of this day (YYYY-MM-DD, in the patient's time zone)";

  /** A day or an instant; anything else is a 400 naming the parameter. */
  static TimeBound bound(String name, String value) {
    if (value != null && DAY.matcher(value.trim()).matches()) {
      try {
        return TimeBound.on(LocalDate.parse(value.trim()));
      } catch (DateTimeParseException noSuchDay) {
        throw new InvalidInputException(name, "accessLog.when");
      }
    }
    try {
      return TimeBound.at(Params.instant(name, value, null));
    } catch (InvalidInputException malformed) {
      throw new InvalidInputException(name, "accessLog.when");
    }
  }
}
