package health.salus.community.api;

import health.salus.community.boundary.Created;
import health.salus.community.boundary.NewReview;
import health.salus.community.boundary.ReviewList;
import health.salus.community.boundary.ReviewService;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /practitioners/{id}/reviews} (the published reviews, newest first, with their average
 * and count, the caller's own and whether they may write one) and {@code POST
 * /practitioners/{id}/reviews} (a patient the practitioner saw reviews them, once).
 */
@Tag(name = "Reviews")
@Path("practitioners/{practitionerId}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PractitionerReviewsResource {

  @Inject ReviewService reviews;

  @GET
  @Operation(summary = "A practitioner's published reviews with their average and count")
  public ReviewList reviews(
      @PathParam("practitionerId") long practitionerId,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    return reviews.ofPractitioner(practitionerId, paging.page(), paging.size());
  }

  @POST
  @Operation(
      summary = "A patient reviews a practitioner who saw them {rating 1-5, body} -> 201",
      description =
          "422 when the patient had no completed or begun appointment with them; 409 when they"
              + " reviewed them already (change it with PUT /reviews/{id}); 403 for a non-patient;"
              + " status PENDING_REVIEW when a watched word holds it.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Created.class)))
  public Response review(
      @PathParam("practitionerId") long practitionerId, NewReview review, @Context UriInfo uri) {
    return ReviewsResource.created(uri, reviews.reviewPractitioner(practitionerId, review));
  }
}
