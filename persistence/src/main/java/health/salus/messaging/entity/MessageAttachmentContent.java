package health.salus.messaging.entity;

import health.salus.shared.entity.StoredFiles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of a {@link MessageAttachment}: read only when it is downloaded. */
@Entity
@Table(name = "message_attachment_content")
public class MessageAttachmentContent {

  @Id
  @OneToOne(optional = false)
  @JoinColumn(name = "attachment_id")
  private MessageAttachment attachment;

  @Lob
  @Column(nullable = false)
  private byte[] content;

  protected MessageAttachmentContent() {}

  /** The bytes of this attachment; they must be those its size and SHA-256 were taken from. */
  public MessageAttachmentContent(MessageAttachment attachment, byte[] content) {
    this.attachment = Objects.requireNonNull(attachment, "attachment");
    if (content == null
        || content.length != attachment.getSizeBytes()
        || !StoredFiles.sha256(content).equals(attachment.getSha256())) {
      throw new IllegalArgumentException("not the content of this attachment");
    }
    this.content = content.clone();
  }

  public byte[] getContent() {
    return content.clone();
  }
}
