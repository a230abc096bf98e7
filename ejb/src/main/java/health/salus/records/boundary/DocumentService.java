package health.salus.records.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.consent.entity.ConsentCategory;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.records.control.DocumentRepository;
import health.salus.records.control.RecordRepository;
import health.salus.records.entity.ClinicalDocument;
import health.salus.records.entity.DocumentKind;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.control.DocumentTypes;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clinical documents in the patient's record: letters, discharge summaries, referrals, imaging and
 * pathology reports. A clinician of the patient's care team uploads one (a title, a kind, an
 * optional release moment and the bytes); its type is told from the bytes, whatever the sender
 * claims: PDF, PNG, JPEG and plain text are accepted, anything else is refused (415), as is content
 * over {@code salus.documents.max-bytes} (413, 10 MB by default) and empty content (400). The
 * readers of the patient's DOCUMENTS category (the patient, the care team, a holder of the
 * patient's grant of DOCUMENTS, a clinician under emergency access) list the documents, the newest
 * first, and download them; a document with a release moment reaches the patient and their grantees
 * only from then on, the care team at once. A clinician outside the care team, a reader without the
 * category, a patient that does not exist and a document of another patient are not found (404): no
 * hint of what exists. Every decision is audited by the access policy (category DOCUMENTS), and
 * each upload, list and download with an entry about the patient.
 */
@Stateless
@PermitAll
@AnySignedIn
public class DocumentService {

  /** The default limit of a document's size: 10 MB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  @Inject DocumentRepository documents;
  @Inject RecordRepository records;
  @Inject DocumentTypes types;
  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "salus.documents.max-bytes", defaultValue = "10485760")
  long maxBytes;

  /** The largest document accepted, in bytes: a client stops reading an upload beyond it. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Uploads a document to the patient's record (201): for a clinician of the patient's care team,
   * else not found (404, the refusal audited); refused as the class says, storing nothing.
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public DocumentView upload(long patientId, NewDocument input) {
    if (!accessPolicy.permits(
        patientId,
        Access.to("DOCUMENT_ADD", "Patient", patientId)
            .allowing(Basis.CARE_TEAM)
            .about(ConsentCategory.DOCUMENTS)
            .saying("not in the patient's care team"))) {
      throw new NotFoundException("records.patientNotFound");
    }
    Practitioner practitioner =
        records
            .practitioner(callers.current().practitionerId())
            .orElseThrow(() -> new NotFoundException("records.patientNotFound"));
    Patient patient =
        records
            .patient(patientId)
            .orElseThrow(() -> new NotFoundException("records.patientNotFound"));
    NewDocument in = input == null ? new NewDocument(null, null, null, null) : input;
    byte[] content = in.content();
    // Told from the bytes only when the entity would look at the type at all.
    String type =
        content == null || content.length == 0 || content.length > maxBytes
            ? null
            : types.of(content);
    ClinicalDocument document =
        new ClinicalDocument(
            patient,
            in.title(),
            kind(in.kind()),
            type,
            content,
            maxBytes,
            in.releaseAt(),
            practitioner,
            clock.instant());
    documents.add(document, content);
    audit.record(
        AuditEvent.of("DOCUMENT_ADD", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("ClinicalDocument", document.getId())
            .detail(document.getKind() + " " + document.getContentType() + " " + content.length));
    return DocumentView.of(document);
  }

  /** One page of the patient's documents the caller may see, the newest first; else 404. */
  public Page<DocumentView> documentsOf(long patientId, int page, int size) {
    Instant releasedBy =
        releasedBy(reading(patientId, "DOCUMENTS_READ", "Patient", patientId), clock);
    List<DocumentView> items =
        documents.documentsOf(patientId, releasedBy, page, size).stream()
            .map(DocumentView::of)
            .toList();
    long total = documents.countDocuments(patientId, releasedBy);
    audit.record(read("DOCUMENTS_READ", patientId).object("Patient", patientId));
    return new Page<>(items, total, page, size);
  }

  /** A document's metadata, for its readers; else 404. */
  public DocumentView documentOf(long patientId, long documentId) {
    ClinicalDocument document = visible(patientId, documentId, "DOCUMENTS_READ");
    audit.record(read("DOCUMENTS_READ", patientId).object("ClinicalDocument", documentId));
    return DocumentView.of(document);
  }

  /** A document's bytes, for its readers; else 404. */
  public DocumentFile download(long patientId, long documentId) {
    ClinicalDocument document = visible(patientId, documentId, "DOCUMENT_DOWNLOAD");
    byte[] content = documents.content(document);
    audit.record(read("DOCUMENT_DOWNLOAD", patientId).object("ClinicalDocument", documentId));
    return new DocumentFile(DocumentView.of(document), document.fileName(), content);
  }

  /** The patient's document, if the caller may read the patient's documents and see this one. */
  private ClinicalDocument visible(long patientId, long documentId, String action) {
    Instant releasedBy =
        releasedBy(reading(patientId, action, "ClinicalDocument", documentId), clock);
    return documents
        .document(documentId)
        .filter(d -> d.getPatient().getId() == patientId)
        .filter(d -> releasedBy == null || d.releasedAt(releasedBy))
        .orElseThrow(() -> new NotFoundException("documents.notFound"));
  }

  /**
   * Up to which release moment a reader on this basis sees documents: the care team (and emergency
   * access) every one (null), the patient and their grantees those released by now.
   */
  static Instant releasedBy(Basis basis, Clock clock) {
    return basis == Basis.CARE_TEAM || basis == Basis.EMERGENCY ? null : clock.instant();
  }

  /** The access policy's decision on reading the patient's documents, audited; refused: 404. */
  private Basis reading(long patientId, String action, String objectType, Object objectId) {
    return accessPolicy
        .basis(
            patientId,
            Access.toRead(action, objectType, objectId, ConsentCategory.DOCUMENTS)
                .saying("neither the patient, nor the care team, nor a grant of DOCUMENTS"))
        .orElseThrow(() -> new NotFoundException("records.patientNotFound"));
  }

  private static AuditEvent read(String action, long patientId) {
    return AuditEvent.of(action, AuditOutcome.SUCCESS).aboutPatient(patientId);
  }

  /** The kind by name (any case); missing or another value: 400. */
  private static DocumentKind kind(String value) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid("kind", "documents.kind");
    }
    try {
      return DocumentKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw Refusal.invalid("kind", "documents.kind");
    }
  }
}
