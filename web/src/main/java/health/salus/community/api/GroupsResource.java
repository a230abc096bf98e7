package health.salus.community.api;

import health.salus.community.boundary.CommunityService;
import health.salus.community.boundary.Created;
import health.salus.community.boundary.Feed;
import health.salus.community.boundary.GroupInput;
import health.salus.community.boundary.GroupSetup;
import health.salus.community.boundary.GroupSetupService;
import health.salus.community.boundary.GroupView;
import health.salus.community.boundary.NewPost;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /groups}, {@code POST /groups} and {@code PUT /groups/{id}} (staff set groups up, with
 * {@code GET /groups/{id}/setup} and {@code PUT|DELETE /groups/{id}/moderators/{username}}), {@code
 * GET /groups/{id}}, {@code POST /groups/{id}/join}, {@code GET /groups/{id}/posts} (a feed, newest
 * first, {@code {items, next}} with {@code ?after=next}; or most helpful first with {@code
 * ?sort=helpful}, paged the same way) and {@code POST /groups/{id}/posts}.
 */
@Tag(name = "Community")
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

  @Inject CommunityService community;
  @Inject GroupSetupService setup;

  @GET
  @Operation(summary = "The support groups, with whether the caller belongs to each")
  public List<GroupView> groups() {
    return community.groups();
  }

  @POST
  @Operation(
      summary = "Create a support group (STAFF, MODERATOR, ADMIN)",
      description =
          "{name, topic, description, rules, visibility} -> 201 the group's set-up with its version;"
              + " visibility OPEN or PRIVATE; a missing or bad detail 400, a name taken 409.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GroupSetup.class)))
  public Response create(GroupInput input, @Context UriInfo uri) {
    GroupSetup created = setup.create(input);
    return CreatedAt.below(uri, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change a support group (STAFF, MODERATOR, ADMIN)",
      description =
          "{name, topic, description, rules, visibility, version}: version as last read (GET"
              + " /groups/{id}/setup); none 400, stale 409; bad details 400, a name taken 409.")
  public GroupSetup revise(@PathParam("id") long id, GroupInput input) {
    return setup.revise(id, input);
  }

  @GET
  @Path("{id}/setup")
  @Operation(summary = "A group's set-up for staff: details, version and its own moderators")
  public GroupSetup setup(@PathParam("id") long id) {
    return setup.setup(id);
  }

  @PUT
  @Path("{id}/moderators/{username}")
  @Operation(
      summary = "Name a group moderator (STAFF, MODERATOR, ADMIN)",
      description =
          "Staff at once; a patient or carer only when an active member trusted in the group (else"
              + " 422); unknown account 404.")
  public GroupSetup nameModerator(
      @PathParam("id") long id, @PathParam("username") String username) {
    return setup.nameModerator(id, username);
  }

  @DELETE
  @Path("{id}/moderators/{username}")
  @Operation(
      summary = "Withdraw a group moderator (STAFF, MODERATOR, ADMIN); they stay a member",
      description = "One who does not moderate the group 422.")
  public GroupSetup withdrawModerator(
      @PathParam("id") long id, @PathParam("username") String username) {
    return setup.withdrawModerator(id, username);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One group; a private group a caller does not belong to is 404")
  public GroupView group(@PathParam("id") long id) {
    return community.group(id);
  }

  @POST
  @Path("{id}/join")
  @Operation(summary = "Join a group: 200 a member, 202 when a moderator must approve (private)")
  @APIResponse(
      responseCode = "200",
      description = "A member",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GroupView.class)))
  @APIResponse(
      responseCode = "202",
      description = "Waiting for a moderator's approval",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GroupView.class)))
  public Response join(@PathParam("id") long id) {
    GroupView joined = community.join(id);
    return Response.status(joined.member() ? 200 : 202).entity(joined).build();
  }

  @GET
  @Path("{id}/posts")
  @Operation(
      summary = "A group's feed",
      description =
          "Newest first: {items, next}; pass next as ?after= for older posts (?page=0 is the first"
              + " page too). ?sort=helpful: published posts most helpful first, paged the same way"
              + " (next is then \"helpful:id\" of the last post). ?q=words: the"
              + " posts whose title or body holds them (anywhere, without case; Chinese too),"
              + " newest first, paged by ?after= as the feed; a page reads the next 1,000"
              + " published posts at most, so it may be short or empty with a next to read on.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the feed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Feed.class)))
  public Feed feed(
      @PathParam("id") long id,
      @QueryParam("after") String after,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size,
      @QueryParam("sort") String sort,
      @QueryParam("q") String q) {
    Params.Paging paging = Params.paging(page, size, CommunityService.FEED_SIZE);
    if (q != null) {
      if (sort != null && !sort.isBlank() && !"newest".equalsIgnoreCase(sort)) {
        throw new InvalidInputException("sort", "community.searchNewestOnly");
      }
      if (paging.page() != 0) {
        throw new InvalidInputException("page", "community.feedByCursor");
      }
      return community.search(id, q, after, paging.size());
    }
    boolean helpful = "helpful".equalsIgnoreCase(sort);
    if (!helpful && sort != null && !sort.isBlank() && !"newest".equalsIgnoreCase(sort)) {
      throw new InvalidInputException("sort", "community.sortUnknown");
    }
    if (paging.page() != 0) {
      throw new InvalidInputException("page", "community.feedByCursor");
    }
    return helpful
        ? community.mostHelpful(id, after, paging.size())
        : community.feed(id, after, paging.size());
  }

  @POST
  @Path("{id}/posts")
  @Operation(
      summary = "Post to a group (members only)",
      description =
          "{title, body} (Markdown) -> 201 {id, status}: PUBLISHED, or PENDING_REVIEW when a watched"
              + " word or the member's trust asks for review; a blocking watched word is 422.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Created.class)))
  public Response post(@PathParam("id") long id, NewPost post, @Context UriInfo uri) {
    Created created = community.post(id, post);
    URI location = uri.getBaseUriBuilder().path("posts").path(Long.toString(created.id())).build();
    return Response.created(location).entity(created).build();
  }
}
