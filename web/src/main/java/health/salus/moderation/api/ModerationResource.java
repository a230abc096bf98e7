package health.salus.moderation.api;

import health.salus.moderation.boundary.LogEntry;
import health.salus.moderation.boundary.LogQuery;
import health.salus.moderation.boundary.Moderated;
import health.salus.moderation.boundary.ModerationReason;
import health.salus.moderation.boundary.ModerationService;
import health.salus.moderation.boundary.QueueItem;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /moderation/queue}, {@code POST /moderation/posts/{id}/{approve,hide,remove,restore}}
 * and {@code POST /moderation/comments/{id}/{approve,remove}} with {reason}, {@code POST
 * /moderation/reviews/{id}/{approve,hide,remove,restore}} with {reason}, and {@code GET
 * /moderation/log}.
 */
@Tag(name = "Moderation")
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationResource {

  @Inject ModerationService moderation;

  @GET
  @Path("queue")
  @Operation(summary = "What waits for review, with why (MODERATOR; a group moderator: theirs)")
  public List<QueueItem> queue() {
    return moderation.queue();
  }

  @POST
  @Path("posts/{id}/{action}")
  @Operation(summary = "approve, hide, remove or restore a post with {reason} -> its new status")
  public Moderated act(
      @PathParam("id") long id, @PathParam("action") String action, ModerationReason reason) {
    return moderation.act(id, action, reason);
  }

  @POST
  @Path("comments/{id}/{action}")
  @Operation(summary = "approve, hide, remove or restore a comment with {reason}")
  public Moderated actOnComment(
      @PathParam("id") long id, @PathParam("action") String action, ModerationReason reason) {
    return moderation.actOnComment(id, action, reason);
  }

  @POST
  @Path("reviews/{id}/{action}")
  @Operation(summary = "approve, hide, remove or restore a review with {reason} (MODERATOR)")
  public Moderated actOnReview(
      @PathParam("id") long id, @PathParam("action") String action, ModerationReason reason) {
    return moderation.actOnReview(id, action, reason);
  }

  @POST
  @Path("status-updates/{id}/{action}")
  @Operation(
      summary = "approve, hide, remove or restore a health-status update with {reason} (MODERATOR)")
  public Moderated actOnUpdate(
      @PathParam("id") long id, @PathParam("action") String action, ModerationReason reason) {
    return moderation.actOnUpdate(id, action, reason);
  }

  @GET
  @Path("log")
  @Operation(
      summary = "The moderation log, newest first (MODERATOR, ADMIN)",
      description =
          "Searched by member, moderator, action, words in the reason (q) and dates from and to"
              + " (2026-12-03, both included, UTC).")
  public PageOf<LogEntry> log(
      @QueryParam("member") String member,
      @QueryParam("moderator") String moderator,
      @QueryParam("action") String action,
      @QueryParam("q") String q,
      @Parameter(
              description = "an instant, or a day (2026-12-03, UTC)",
              schema = @Schema(ref = ApiDocs.INSTANT))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "an instant, or a day (2026-12-03, UTC; the whole day included)",
              schema = @Schema(ref = ApiDocs.INSTANT))
          @QueryParam("to")
          String to,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 50);
    return PageOf.of(
        moderation.log(
            new LogQuery(member, moderator, action, q, from, to), paging.page(), paging.size()));
  }
}
