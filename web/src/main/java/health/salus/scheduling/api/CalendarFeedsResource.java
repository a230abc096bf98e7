package health.salus.scheduling.api;

import health.salus.scheduling.boundary.CalendarFeedService;
import health.salus.scheduling.boundary.CalendarFile;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /calendar-feeds/{token}.ics}: a patient's private calendar feed, read by calendar apps
 * without signing in (web.xml leaves this path public: the token is the secret). Unknown, revoked
 * or malformed tokens are all the same 404.
 */
@Tag(name = "Scheduling")
@Path("calendar-feeds")
public class CalendarFeedsResource {

  static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

  @Inject CalendarFeedService feeds;

  @GET
  @Path("{token}.ics")
  @Produces(TEXT_CALENDAR)
  @APIResponse(
      responseCode = "200",
      description = "The calendar, RFC 5545",
      content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
  @SecurityRequirements
  public Response feed(@PathParam("token") String token) {
    return Response.ok(feeds.read(token).content(), TEXT_CALENDAR)
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** A calendar file as a download under its own name. */
  static Response download(CalendarFile file) {
    return Response.ok(file.content(), TEXT_CALENDAR)
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
