package health.salus.messaging.api;

import health.salus.messaging.boundary.AttachmentFile;
import health.salus.messaging.boundary.NewAttachment;
import health.salus.messaging.boundary.NewMessage;
import health.salus.messaging.boundary.NewThread;
import health.salus.records.api.Attachment;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.InvalidInputException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message sent as {@code multipart/form-data}: its text fields ({@code subject}, {@code body},
 * {@code toUsername}, {@code toTeam}, {@code patientId}) and up to three files, each a part named
 * {@code attachments}. Each file is read up to one byte over the limit: the boundary refuses what
 * is over.
 */
@Schema(name = "MessageForm", description = "A message with files, as multipart/form-data")
public record MessageForm(
    @Schema(description = "For a new thread: its subject") String subject,
    @Schema(description = "The message, Markdown") String body,
    @Schema(description = "For a new thread: a practitioner's or educator's username")
        String toUsername,
    @Schema(description = "For a new thread: CARE_TEAM") String toTeam,
    @Schema(description = "For a new thread by a carer: the patient") Long patientId,
    @Schema(
            description = "Up to three files: PDF, PNG, JPEG or plain text",
            type = SchemaType.ARRAY,
            implementation = byte[].class)
        List<byte[]> attachments) {

  static final String FILES = "attachments";

  /** The parts as fields and files; a field sent twice, or a file part named otherwise: 400. */
  static Parts read(List<EntityPart> parts, long maxBytes) {
    Map<String, String> fields = new LinkedHashMap<>();
    List<NewAttachment> files = new ArrayList<>();
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      if (FILES.equals(part.getName())) {
        files.add(new NewAttachment(part.getFileName().orElse(null), upTo(part, maxBytes + 1)));
      } else if (fields.put(part.getName(), text(part)) != null) {
        throw new InvalidInputException(part.getName(), "messaging.fieldTwice");
      }
    }
    return new Parts(fields, List.copyOf(files));
  }

  private static String text(EntityPart part) {
    try (InputStream in = part.getContent()) {
      return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] upTo(EntityPart part, long most) {
    try (InputStream in = part.getContent()) {
      return in.readNBytes((int) Math.min(most, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields and files of a form. */
  record Parts(Map<String, String> fields, List<NewAttachment> files) {

    NewThread thread() {
      return new NewThread(
          fields.get("toUsername"),
          fields.get("toTeam"),
          fields.get("subject"),
          fields.get("body"),
          Params.id("patientId", fields.get("patientId")));
    }

    NewMessage message() {
      return new NewMessage(fields.get("body"), lessonIds(fields.get("lessonIds")));
    }

    /** {@code lessonIds} as a comma list of ids; blank: none; anything else: 400. */
    private static List<Long> lessonIds(String list) {
      if (list == null || list.isBlank()) {
        return List.of();
      }
      List<Long> ids = new ArrayList<>();
      for (String id : list.split(",")) {
        ids.add(Params.id("lessonIds", id.strip()));
      }
      return ids;
    }
  }

  /** A download: the file's type, an attachment never sniffed nor cached. */
  static Response download(AttachmentFile file) {
    return Response.ok(file.content(), file.contentType())
        .header("Content-Length", file.content().length)
        .header("Content-Disposition", Attachment.of(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
