package health.salus.messaging.boundary;

import health.salus.messaging.entity.MessageAttachment;
import java.io.Serializable;

/** A file attached to a message: its safe name, its type as told from the bytes, its size. */
public record AttachmentView(long id, String fileName, String contentType, long sizeBytes)
    implements Serializable {

  static AttachmentView of(MessageAttachment attachment) {
    return new AttachmentView(
        attachment.getId(),
        attachment.getFileName(),
        attachment.getContentType(),
        attachment.getSizeBytes());
  }
}
