package health.salus.scheduling.api;

import health.salus.scheduling.boundary.CalendarFeedService;
import health.salus.scheduling.boundary.CalendarFeedStatus;
import health.salus.scheduling.boundary.NewCalendarFeed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /me/calendar-feed}: the signed-in patient's private feed URL. POST creates or replaces it
 * (201 {@code {url}}, the only time the URL is shown), GET tells whether one is active, DELETE
 * revokes it.
 */
@Tag(name = "Scheduling")
@Path("me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
public class MyCalendarFeedResource {

  /** The new feed's URL. */
  public record FeedUrl(String url) {}

  @Inject CalendarFeedService feeds;

  @POST
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FeedUrl.class)))
  public Response create(@Context UriInfo uri) {
    NewCalendarFeed created = feeds.create();
    URI url = uri.getBaseUriBuilder().path(created.path()).build();
    return Response.created(url).entity(new FeedUrl(url.toString())).build();
  }

  @GET
  public CalendarFeedStatus status() {
    return feeds.status();
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "Done")
  public Response revoke() {
    feeds.revoke();
    return Response.noContent().build();
  }
}
