package health.salus.community.api;

import health.salus.community.boundary.Created;
import health.salus.community.boundary.NewReply;
import health.salus.community.boundary.NewReview;
import health.salus.community.boundary.ReviewService;
import health.salus.community.boundary.ReviewView;
import health.salus.moderation.boundary.FlagService;
import health.salus.moderation.boundary.NewFlag;
import health.salus.moderation.boundary.ReviewFlagView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET/PUT /reviews/{id}} (read; the author changes rating and text, screened again), {@code
 * POST /reviews/{id}/reply} (staff answer publicly, once) and {@code POST /reviews/{id}/flags}
 * (flag a review as a post is flagged).
 */
@Tag(name = "Reviews")
@Path("reviews/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

  @Inject ReviewService reviews;
  @Inject FlagService flags;

  /** 201 with {@code Location: /reviews/{id}}. */
  static Response created(UriInfo uri, Created created) {
    return Response.created(
            uri.getBaseUriBuilder().path("reviews").path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "A review (published, or the caller's own; else 404)")
  public ReviewView review(@PathParam("id") long id) {
    return reviews.review(id);
  }

  @PUT
  @Operation(summary = "The author changes their review {rating, body}; screened again")
  public Created edit(@PathParam("id") long id, NewReview review) {
    return reviews.edit(id, review);
  }

  @POST
  @Path("reply")
  @Operation(
      summary = "Staff reply publicly {body}, once (409 again)",
      description =
          "The practitioner reviewed, a practitioner of the site reviewed, STAFF or ADMIN;"
              + " others 403.")
  public ReviewView reply(@PathParam("id") long id, NewReply reply) {
    return reviews.reply(id, reply);
  }

  @POST
  @Path("flags")
  @Operation(
      summary = "Flag a review {reason, comment} -> 201",
      description =
          "reason SPAM, ABUSE, MISINFORMATION, PRIVACY or OTHER; once per caller (409 again);"
              + " enough open flags hide it until a moderator reviews it.")
  @APIResponse(
      responseCode = "201",
      description = "Flagged",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReviewFlagView.class)))
  public Response flag(@PathParam("id") long id, NewFlag flag) {
    return Response.status(201).entity(flags.flagReview(id, flag)).build();
  }
}
