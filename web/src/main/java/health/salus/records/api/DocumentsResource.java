package health.salus.records.api;

import health.salus.records.boundary.DocumentFile;
import health.salus.records.boundary.DocumentService;
import health.salus.records.boundary.DocumentView;
import health.salus.records.boundary.NewDocument;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import health.salus.shared.api.Problem;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /patients/{patientId}/documents}: a clinician of the care team uploads a document — the
 * bytes as the body, {@code ?title=&kind=&releaseAt=} — (201, its metadata; 415 for a type other
 * than PDF, PNG, JPEG or plain text as told from the bytes, 413 over the size limit); the readers
 * of the patient's DOCUMENTS list them, the newest first, paged as a {@link PageOf}, read one's
 * metadata and download its bytes ({@code /{id}/content}: an attachment, never sniffed nor cached).
 */
@Tag(name = "Records")
@Path("patients/{patientId}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

  @Inject DocumentService documents;

  @GET
  @Operation(
      summary = "A patient's documents",
      description =
          "Their metadata, the newest first. For the patient, the care team and holders of the"
              + " patient's DOCUMENTS grant; a document with a release moment reaches the patient"
              + " and grantees from then on.")
  public PageOf<DocumentView> list(
      @PathParam("patientId") long patientId,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    return PageOf.of(documents.documentsOf(patientId, paging.page(), paging.size()));
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload a document",
      description =
          "For a clinician of the patient's care team. The body is the document's bytes; their"
              + " type is told from them, whatever Content-Type says: PDF, PNG, JPEG or plain"
              + " text. kind is LETTER, DISCHARGE_SUMMARY, REFERRAL, REPORT or OTHER; releaseAt"
              + " (optional) hides it from the patient until then.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(ref = ApiDocs.BINARY)))
  @APIResponse(
      responseCode = "201",
      description = "Uploaded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DocumentView.class)))
  @APIResponse(
      responseCode = "413",
      description = "Larger than the limit (salus.documents.max-bytes, 10 MB by default).",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @APIResponse(
      responseCode = "415",
      description = "Not a PDF, PNG, JPEG or plain text, as told from the bytes.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  public Response upload(
      @PathParam("patientId") long patientId,
      @QueryParam("title") String title,
      @QueryParam("kind") String kind,
      @Parameter(schema = @Schema(ref = ApiDocs.INSTANT)) @QueryParam("releaseAt") String releaseAt,
      InputStream body,
      @Context UriInfo uri) {
    byte[] content = upTo(body, documents.maxBytes() + 1);
    DocumentView created =
        documents.upload(
            patientId,
            new NewDocument(title, kind, Params.instant("releaseAt", releaseAt, null), content));
    return CreatedAt.below(uri, created.id(), created);
  }

  /** The body, but no more than {@code most} bytes of it: the boundary refuses what is over. */
  private static byte[] upTo(InputStream body, long most) {
    try (InputStream in = body) {
      return in.readNBytes((int) Math.min(most, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A document's metadata")
  public DocumentView document(@PathParam("patientId") long patientId, @PathParam("id") long id) {
    return documents.documentOf(patientId, id);
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(
      summary = "Download a document",
      description =
          "The bytes with their stored type, as an attachment named after the title; never"
              + " sniffed (nosniff) nor cached (no-store).")
  @APIResponse(
      responseCode = "200",
      description = "The document's bytes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(ref = ApiDocs.BINARY)))
  public Response content(@PathParam("patientId") long patientId, @PathParam("id") long id) {
    DocumentFile file = documents.download(patientId, id);
    byte[] content = file.content();
    return Response.ok(content, file.document().contentType())
        .header("Content-Length", content.length)
        .header("Content-Disposition", Attachment.of(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
