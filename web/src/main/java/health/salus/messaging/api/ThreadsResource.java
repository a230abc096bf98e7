package health.salus.messaging.api;

import health.salus.messaging.boundary.CreatedId;
import health.salus.messaging.boundary.DeskThread;
import health.salus.messaging.boundary.MessagingHours;
import health.salus.messaging.boundary.MessagingService;
import health.salus.messaging.boundary.NewMessage;
import health.salus.messaging.boundary.NewThread;
import health.salus.messaging.boundary.ThreadSummary;
import health.salus.messaging.boundary.ThreadView;
import health.salus.messaging.boundary.Triage;
import health.salus.messaging.entity.ThreadStatus;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import health.salus.shared.api.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Start a thread with files",
      description =
          "As the JSON form, as multipart/form-data: the fields as parts, and up to three files"
              + " (parts named attachments; more: 422), each a PDF, PNG, JPEG or plain text as"
              + " told from its bytes, whatever its name or type says (else 415), up to 5 MB"
              + " (else 413). When one file is refused nothing is stored.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = MessageForm.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatedId.class)))
  @APIResponse(
      responseCode = "413",
      description = "A file larger than the limit (salus.messaging.attachment-max-bytes, 5 MB).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @APIResponse(
      responseCode = "415",
      description = "A file that is not a PDF, PNG, JPEG or plain text, as told from its bytes.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  public Response startWithFiles(List<EntityPart> parts, @Context UriInfo uri) {
    MessageForm.Parts form = MessageForm.read(parts, messaging.attachmentMaxBytes());
    CreatedId created = messaging.start(form.thread(), form.files());
    return CreatedAt.below(uri, created.id(), created);
  }

  @GET
  @Operation(
      summary = "My threads",
      description =
          "{items: [{id, subject, lastMessageAt, unread, replyDueAt, overdue, priority, status,"
              + " assignedToUsername, version, ...}], total}, newest first; for staff, the threads"
              + " whose answer is overdue come first.")
  public PageOf<ThreadSummary> threads(
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    return PageOf.of(messaging.threads(paging.page(), paging.size()));
  }

  @GET
  @Path("desk")
  @Operation(
      summary = "The front desk's view of the practice's team inboxes (STAFF)",
      description =
          "{items: [{id, subject, patientId, patientName, toUsername, toName, toTeam,"
              + " lastMessageAt, replyDueAt, overdue, priority, category, status,"
              + " assignedToUsername, version}], total}: every team's threads, of ?status= (OPEN,"
              + " WAITING_ON_PATIENT, CLOSED; default all but CLOSED), late answers first, then"
              + " the latest message first. Never the messages: those are the care team's."
              + " Others 403.")
  public PageOf<ThreadSummary> desk(
      @Parameter(schema = @Schema(implementation = ThreadStatus.class)) @QueryParam("status")
          String status,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    return PageOf.of(messaging.deskInbox(status, paging.page(), paging.size()));
  }

  @GET
  @Path("{id}/desk")
  @Operation(
      summary = "A thread as the front desk triages it (STAFF)",
      description =
          "{thread: (as the desk list shows it), team: [{username, fullName}]}: the colleagues"
              + " it may be given to. Others 403; no such thread 404.")
  public DeskThread deskThread(@PathParam("id") long id) {
    return messaging.deskThread(id);
  }

  @GET
  @Path("office-hours")
  @Operation(
      summary = "Before writing: out of hours now, and how soon the teams answer",
      description =
          "Any signed-in user: {outOfHours, readFrom (when the teams read messages again; null"
              + " while they are working), careTeamReplyBusinessDays,"
              + " practitionerReplyBusinessDays}: what the message pages say before sending.")
  public MessagingHours officeHours() {
    return messaging.hours();
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

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Reply in a thread with files",
      description =
          "{body} and up to three files as multipart/form-data, refused as when starting a thread"
              + " with files.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema = @Schema(implementation = MessageForm.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatedId.class)))
  @APIResponse(
      responseCode = "413",
      description = "A file larger than the limit (salus.messaging.attachment-max-bytes, 5 MB).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @APIResponse(
      responseCode = "415",
      description = "A file that is not a PDF, PNG, JPEG or plain text, as told from its bytes.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  public Response replyWithFiles(
      @PathParam("id") long id, List<EntityPart> parts, @Context UriInfo uri) {
    MessageForm.Parts form = MessageForm.read(parts, messaging.attachmentMaxBytes());
    CreatedId created = messaging.reply(id, form.message(), form.files());
    return CreatedAt.below(uri, created.id(), created);
  }

  @PUT
  @Path("{id}/triage")
  @Operation(
      summary = "Triage a thread",
      description =
          "For the staff of the thread's team and the front desk: {assignedTo (a username of the"
              + " team, or absent for no one), priority (ROUTINE, URGENT), status (OPEN,"
              + " WAITING_ON_PATIENT, CLOSED), category (GENERAL, APPOINTMENTS, PRESCRIPTIONS,"
              + " RESULTS, EDUCATION, BILLING; absent: as it is), version (as last read)} → 200"
              + " the thread as the inbox lists it. The patient's"
              + " side: 403; anyone else: 404; an assignee outside the team: 422; a thread"
              + " changed since that version: 409 (read it again and decide again).")
  public ThreadSummary triage(@PathParam("id") long id, Triage triage) {
    return messaging.triage(id, triage);
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a file of a message",
      description =
          "For the thread's participants (anyone else 404): the bytes with the type told from"
              + " them when sent, as an attachment with its safe name; never sniffed (nosniff)"
              + " nor cached (no-store).")
  @APIResponse(
      responseCode = "200",
      description = "The file's bytes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(ref = ApiDocs.BINARY)))
  public Response attachment(
      @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    return MessageForm.download(messaging.attachment(id, attachmentId));
  }
}
