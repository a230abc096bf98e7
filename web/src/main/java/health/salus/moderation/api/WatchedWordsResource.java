package health.salus.moderation.api;

import health.salus.moderation.boundary.NewWatchedWord;
import health.salus.moderation.boundary.WatchedWordService;
import health.salus.moderation.boundary.WatchedWordView;
import health.salus.shared.api.CreatedAt;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /moderation/watched-words}: moderators read them, administrators edit them. */
@Tag(name = "Moderation")
@Path("moderation/watched-words")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WatchedWordsResource {

  @Inject WatchedWordService words;

  @GET
  @Operation(summary = "The watched words")
  public List<WatchedWordView> list() {
    return words.list();
  }

  @POST
  @Operation(summary = "Add a watched word {term, action BLOCK|HOLD|FLAG, language} (ADMIN)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WatchedWordView.class)))
  public Response add(NewWatchedWord word, @Context UriInfo uri) {
    WatchedWordView created = words.add(word);
    return CreatedAt.below(uri, created.id(), created);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a watched word's action {action} (ADMIN)")
  public WatchedWordView change(@PathParam("id") long id, NewWatchedWord word) {
    return words.change(id, word);
  }

  @DELETE
  @APIResponse(responseCode = "204", description = "Removed")
  @Path("{id}")
  @Operation(summary = "Remove a watched word (ADMIN)")
  public Response remove(@PathParam("id") long id) {
    words.remove(id);
    return Response.noContent().build();
  }
}
