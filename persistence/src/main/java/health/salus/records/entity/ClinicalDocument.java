package health.salus.records.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
import health.salus.shared.entity.StoredFiles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * A clinical document in a patient's record (a letter, a discharge summary, a referral, a report),
 * as a clinician of the care team uploaded it: its title and kind, the type of its content as told
 * from the bytes, its size and SHA-256. The bytes themselves are a {@link DocumentContent} of their
 * own, so that listing documents never reads them. Accepted are PDF, PNG, JPEG and plain text, up
 * to a size the boundary is configured with. Like a result, a document may carry a release moment:
 * the patient, and those the patient shares documents with, see it only from then on; the care team
 * always. Never changed once stored.
 */
@Entity
@Table(name = "clinical_document")
public class ClinicalDocument {

  static final int MAX_TITLE = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @ManyToOne(optional = false)
  @JoinColumn(name = "uploaded_by")
  private Practitioner uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "release_at")
  private Instant releaseAt;

  protected ClinicalDocument() {}

  /**
   * A document as a clinician uploads it, with the type told from its bytes. Refused without a
   * title, with one longer than 200 characters, without a kind or without content (400), with
   * content larger than {@code maxBytes} (413), or of a type other than PDF, PNG, JPEG or plain
   * text (415). The SHA-256 of the content is kept alongside.
   */
  public ClinicalDocument(
      Patient patient,
      String title,
      DocumentKind kind,
      String detectedType,
      byte[] content,
      long maxBytes,
      Instant releaseAt,
      Practitioner uploadedBy,
      Instant uploadedAt) {
    this.patient = Objects.requireNonNull(patient, "patient");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    this.title = title(title);
    if (kind == null) {
      throw Refusal.invalid("kind", "documents.kind");
    }
    this.kind = kind;
    if (content == null || content.length == 0) {
      throw Refusal.invalid("content", "documents.empty");
    }
    if (content.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    if (!StoredFiles.accepted(detectedType)) {
      throw Refusal.unsupportedType("content", "documents.unsupportedType");
    }
    this.contentType = detectedType;
    this.sizeBytes = content.length;
    this.sha256 = sha256(content);
    this.releaseAt = releaseAt;
  }

  /** The refusal of content over the limit (413), the limit in megabytes a reader takes in. */
  public static Refusal tooLarge(long maxBytes) {
    BigDecimal megabytes =
        BigDecimal.valueOf(maxBytes)
            .divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.DOWN)
            .stripTrailingZeros();
    return Refusal.tooLarge("content", "documents.tooLarge", megabytes.toPlainString());
  }

  private static String title(String title) {
    if (title == null || title.isBlank()) {
      throw Refusal.invalid("title", "documents.title");
    }
    String text = title.strip();
    if (text.length() > MAX_TITLE) {
      throw Refusal.invalid("title", "records.tooLong", MAX_TITLE);
    }
    return text;
  }

  /** The hex SHA-256 of the bytes. */
  public static String sha256(byte[] content) {
    return StoredFiles.sha256(content);
  }

  /**
   * Whether the patient (and those the patient shares documents with) may see it at this moment: it
   * has no release moment, or that moment has come.
   */
  public boolean releasedAt(Instant now) {
    return releaseAt == null || !releaseAt.isAfter(now);
  }

  /**
   * The name a download of it gets: the title with what a file name must not hold (path separators,
   * quotes, control and other unsafe characters) replaced by {@code _}, and the extension of its
   * type. May hold any letter (Chinese too): the web layer gives an ASCII form beside it.
   */
  public String fileName() {
    return StoredFiles.fileName(title, "document", contentType);
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getTitle() {
    return title;
  }

  public DocumentKind getKind() {
    return kind;
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

  public Practitioner getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public Instant getReleaseAt() {
    return releaseAt;
  }
}
