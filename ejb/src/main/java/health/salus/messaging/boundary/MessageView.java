package health.salus.messaging.boundary;

import health.salus.education.boundary.LessonLink;
import health.salus.messaging.entity.Message;
import health.salus.shared.control.SafeMarkdown;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A message as a participant sees it: its author, the body as sanitised HTML (never the raw
 * Markdown), when it was sent, and when someone on the other side first opened it ({@code readAt},
 * the read receipt; null until then); {@code mine} when the caller wrote it; the files attached;
 * the lessons the care side pointed to (links that open each in the variant suiting the reader).
 */
public record MessageView(
    long id,
    String authorUsername,
    String authorName,
    String bodyHtml,
    Instant sentAt,
    Instant readAt,
    boolean mine,
    List<AttachmentView> attachments,
    List<LessonLink> lessons)
    implements Serializable {

  static MessageView of(
      Message message,
      Instant readAt,
      long callerAccountId,
      List<AttachmentView> attachments,
      List<LessonLink> lessons) {
    return new MessageView(
        message.getId(),
        message.getAuthor().getUsername(),
        message.getAuthor().getFullName(),
        SafeMarkdown.toHtml(message.getBody()),
        message.getSentAt(),
        readAt,
        message.getAuthor().getId() == callerAccountId,
        List.copyOf(attachments),
        List.copyOf(lessons));
  }
}
