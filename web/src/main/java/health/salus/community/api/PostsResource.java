package health.salus.community.api;

import health.salus.community.boundary.CommunityService;
import health.salus.community.boundary.Created;
import health.salus.community.boundary.NewComment;
import health.salus.community.boundary.NewPost;
import health.salus.community.boundary.NewReaction;
import health.salus.community.boundary.PostDetail;
import health.salus.community.boundary.PostHistoryService;
import health.salus.community.boundary.PostRevisionView;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET/PUT/DELETE /posts/{id}} (read; the author edits, history kept, or deletes), {@code GET
 * /posts/{id}/revisions} (the earlier versions, paged, for the author and the group's moderators),
 * {@code POST /posts/{id}/comments} and {@code POST /posts/{id}/reactions}.
 */
@Tag(name = "Community")
@Path("posts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostsResource {

  @Inject CommunityService community;
  @Inject PostHistoryService history;

  @GET
  @Operation(summary = "A post with its comments (404 for a caller who may not read it)")
  public PostDetail post(@PathParam("id") long id) {
    return community.post(id);
  }

  @PUT
  @Operation(summary = "The author edits their post {title, body}; the old text is kept")
  public Created edit(@PathParam("id") long id, NewPost post) {
    return community.edit(id, post);
  }

  @GET
  @Path("revisions")
  @Operation(
      summary =
          "The post's earlier versions, newest first, paged {items: [{version, title, bodyHtml,"
              + " writtenAt, replacedAt}], total, page, size}; the post's author and those who"
              + " moderate its group only (the post's mayReadHistory), anyone else 404")
  public PageOf<PostRevisionView> revisions(
      @PathParam("id") long id,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, PostHistoryService.PAGE_SIZE);
    return PageOf.of(history.history(id, paging.page(), paging.size()).versions());
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "Deleted")
  @Operation(summary = "The author deletes their post")
  public Response delete(@PathParam("id") long id) {
    community.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("comments")
  @Operation(summary = "A member comments {body} (Markdown) -> 201 {id, status}")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Created.class)))
  public Response comment(@PathParam("id") long id, NewComment comment, @Context UriInfo uri) {
    Created created = community.comment(id, comment);
    return CreatedAt.below(uri, created.id(), created);
  }

  @POST
  @Path("reactions")
  @Operation(summary = "A member reacts {kind: HELPFUL or THANKS}: 201 new, 200 given already")
  @APIResponse(
      responseCode = "201",
      description = "Reaction added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PostDetail.class)))
  @APIResponse(
      responseCode = "200",
      description = "Given already",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PostDetail.class)))
  public Response react(@PathParam("id") long id, NewReaction reaction) {
    boolean added = community.react(id, reaction);
    return Response.status(added ? 201 : 200).entity(community.post(id)).build();
  }
}
