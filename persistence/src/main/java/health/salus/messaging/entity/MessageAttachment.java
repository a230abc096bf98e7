package health.salus.messaging.entity;

import health.salus.shared.entity.Refusal;
import health.salus.shared.entity.StoredFiles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A file attached to a message: the sender's file name made safe (only its last part, unsafe
 * characters replaced, the extension of the type told from the bytes), that type, its size and
 * SHA-256. The bytes are a {@link MessageAttachmentContent} of their own. Accepted are PDF, PNG,
 * JPEG and plain text, up to a size the boundary is configured with. Never changed once stored.
 */
@Entity
@Table(name = "message_attachment")
public class MessageAttachment {

  /** At most this many files on one message. */
  public static final int MAX_PER_MESSAGE = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "message_id")
  private Message message;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  protected MessageAttachment() {}

  /**
   * A file as sent with a message, with the type told from its bytes. Refused when empty (400),
   * larger than {@code maxBytes} (413) or of a type other than PDF, PNG, JPEG or plain text (415).
   */
  public MessageAttachment(
      Message message, String sentName, String detectedType, byte[] content, long maxBytes) {
    this.message = Objects.requireNonNull(message, "message");
    if (content == null || content.length == 0) {
      throw Refusal.invalid("attachments", "messaging.attachmentEmpty");
    }
    if (content.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    if (!StoredFiles.accepted(detectedType)) {
      throw Refusal.unsupportedType("attachments", "messaging.attachmentType");
    }
    this.contentType = detectedType;
    this.fileName = StoredFiles.fileName(baseName(sentName), "attachment", detectedType);
    this.sizeBytes = content.length;
    this.sha256 = StoredFiles.sha256(content);
  }

  /** The refusal of more files than a message may carry (422). */
  public static void requireAtMost(int files) {
    if (files > MAX_PER_MESSAGE) {
      throw Refusal.rule("messaging.attachmentsTooMany", MAX_PER_MESSAGE);
    }
  }

  /** The refusal of a file over the limit (413), the limit in megabytes a reader takes in. */
  public static Refusal tooLarge(long maxBytes) {
    BigDecimal megabytes =
        BigDecimal.valueOf(maxBytes)
            .divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.DOWN)
            .stripTrailingZeros();
    return Refusal.tooLarge(
        "attachments", "messaging.attachmentTooLarge", megabytes.toPlainString());
  }

  /** The name without any folder the sender's system put before it, and without its extension. */
  static String baseName(String sentName) {
    if (sentName == null) {
      return "";
    }
    String name =
        sentName.substring(Math.max(sentName.lastIndexOf('/'), sentName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public Long getId() {
    return id;
  }

  public Message getMessage() {
    return message;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }
}
