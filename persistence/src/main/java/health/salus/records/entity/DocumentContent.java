package health.salus.records.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The bytes of a {@link ClinicalDocument}, in a table of their own: read only when the document is
 * downloaded, never when documents are listed.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

  @Id
  @OneToOne(optional = false)
  @JoinColumn(name = "document_id")
  private ClinicalDocument document;

  @Lob
  @Column(nullable = false)
  private byte[] content;

  protected DocumentContent() {}

  /** The bytes of this document; they must be those its size and SHA-256 were taken from. */
  public DocumentContent(ClinicalDocument document, byte[] content) {
    this.document = Objects.requireNonNull(document, "document");
    if (content == null
        || content.length != document.getSizeBytes()
        || !ClinicalDocument.sha256(content).equals(document.getSha256())) {
      throw new IllegalArgumentException("not the content of this document");
    }
    this.content = content.clone();
  }

  public ClinicalDocument getDocument() {
    return document;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
