package health.salus.messaging.api;

import health.salus.messaging.boundary.CreatedId;
import health.salus.messaging.boundary.MessagingService;
import health.salus.messaging.boundary.NewMessage;
import health.salus.messaging.boundary.NewThread;
import health.salus.messaging.boundary.ThreadSummary;
import health.salus.messaging.boundary.ThreadView;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
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
 * {@code /threads}: secure messages between a patient (or a carer acting for them) and a
 * practitioner, an educator or the patient's care team. Anyone but a participant is told a thread
 * does not exist (404).
 */
@Tag(name = "Messaging")
@Path("threads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreadsResource {

  @Inject MessagingService messaging;

  @POST
  @Operation(
      summary = "Start a thread",
      description =
          "PATIENT (about themself) or CARER (with patientId, for a patient whose actFor grant they"
              + " hold): {toUsername | toTeam: \"CARE_TEAM\", subject (1..200), body (Markdown,"
              + " 1..5000), patientId?} → 201 {id}. A patient without a care team cannot write to"
              + " it (422); a patient the caller may not act for: 403.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatedId.class)))
  public Response start(NewThread thread, @Context UriInfo uri) {
    CreatedId created = messaging.start(thread);
    return CreatedAt.below(uri, created.id(), created);
  }

  @GET
  @Operation(
      summary = "My threads",
      description = "{items: [{id, subject, lastMessageAt, unread, ...}], total}, newest first.")
  public PageOf<ThreadSummary> threads(
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    return PageOf.of(messaging.threads(paging.page(), paging.size()));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Open a thread",
      description =
          "{id, subject, messages: [{id, authorUsername, bodyHtml, sentAt, readAt}]}: bodyHtml is"
              + " sanitised; readAt is when the other side first opened the message. Marks the"
              + " caller's unread messages of the thread read.")
  public ThreadView open(@PathParam("id") long id) {
    return messaging.open(id);
  }

  @POST
  @Path("{id}/messages")
  @Operation(summary = "Reply in a thread", description = "{body} (Markdown) → 201 {id}.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatedId.class)))
  public Response reply(@PathParam("id") long id, NewMessage message, @Context UriInfo uri) {
    CreatedId created = messaging.reply(id, message);
    return CreatedAt.below(uri, created.id(), created);
  }
}
