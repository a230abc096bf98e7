package health.salus.records.boundary;

import health.salus.records.entity.ClinicalDocument;
import health.salus.records.entity.DocumentKind;
import java.io.Serializable;
import java.time.Instant;

/**
 * A clinical document as the record lists it: its metadata, never its bytes (those come from {@code
 * /patients/{id}/documents/{docId}/content}).
 *
 * @param contentType the type told from the bytes: application/pdf, image/png, image/jpeg or
 *     text/plain
 * @param sha256 the hex SHA-256 of the content
 * @param uploadedBy the full name of the clinician who uploaded it
 * @param releaseAt when the patient may see it (null: at once); the patient never sees it before
 */
public record DocumentView(
    long id,
    long patientId,
    String title,
    DocumentKind kind,
    String contentType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy,
    Instant releaseAt)
    implements Serializable {

  static DocumentView of(ClinicalDocument d) {
    return new DocumentView(
        d.getId(),
        d.getPatient().getId(),
        d.getTitle(),
        d.getKind(),
        d.getContentType(),
        d.getSizeBytes(),
        d.getSha256(),
        d.getUploadedAt(),
        d.getUploadedBy().getAccount().getFullName(),
        d.getReleaseAt());
  }
}
