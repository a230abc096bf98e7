package health.salus.records.view;

import health.salus.identity.view.CurrentUser;
import health.salus.records.boundary.DocumentFile;
import health.salus.records.boundary.DocumentService;
import health.salus.records.boundary.DocumentView;
import health.salus.records.boundary.NewDocument;
import health.salus.records.entity.DocumentKind;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.FileDownload;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The documents of a patient's record: the patient's own (no parameter), or those of the patient
 * named by {@code ?patientId=} for a clinician, a carer or anyone else the patient's DOCUMENTS
 * category lets read them. A list with downloads, a page at a time; a clinician also gets the
 * upload form (the service refuses one outside the care team). Reading, downloading and uploading
 * are each one call of the document service, which decides and audits.
 */
@Named
@ViewScoped
public class DocumentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows a page of the table shows. */
  public static final int ROWS = 10;

  @Inject DocumentService documents;
  @Inject CurrentUser user;
  @Inject Clock clock;

  private Long patientId;
  private long patient;
  private boolean readable;
  private long maxBytes;
  private transient Page<DocumentView> firstPage;

  private final PagedTable<DocumentView> table = new PagedTable<>(this::page, DocumentView::id);

  private String title;
  private DocumentKind kind = DocumentKind.LETTER;
  private transient Part file;

  /** Loads the first page of the patient's documents (f:viewAction): the one read of the view. */
  public void load() {
    Long own = user.getAccount() == null ? null : user.getAccount().patientId();
    Long whose = patientId != null ? patientId : own;
    maxBytes = documents.maxBytes();
    if (whose == null) {
      return;
    }
    patient = whose;
    readable =
        PageAction.attempt(
            () -> firstPage = documents.documentsOf(patient, 0, ROWS), null, Map.of());
  }

  /** The first page as loaded; a later page (or size) asks the service again. */
  private Page<DocumentView> page(int page, int size) {
    if (page == 0 && firstPage != null) {
      return firstPage;
    }
    return documents.documentsOf(patient, page, size);
  }

  /** Streams a document's bytes as an attachment instead of rendering the page. */
  public void download(long documentId) {
    DocumentFile[] file = new DocumentFile[1];
    if (!PageAction.attempt(
        () -> file[0] = documents.download(patient, documentId), null, Map.of())) {
      return;
    }
    FileDownload.send(file[0].document().contentType(), file[0].fileName(), file[0].content());
  }

  /** Uploads the chosen file with its title and kind; done, shows the list again with it. */
  public void upload() throws IOException {
    byte[] content = read(file, maxBytes + 1);
    PageAction.change(
        () ->
            documents.upload(
                patient, new NewDocument(title, kind == null ? null : kind.name(), null, content)),
        "upload",
        Map.of("content", "file"),
        "/records/documents.xhtml" + (patientId == null ? "" : "?patientId=" + patientId),
        "documents.uploaded",
        title == null ? "" : title.strip());
  }

  /** At most {@code most} bytes of the upload: the service refuses what is over its limit. */
  private static byte[] read(Part part, long most) {
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) Math.min(most, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A size for people: 820 KB, 1.4 MB. */
  public String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + " MB";
  }

  /** Whether a document is still hidden from the patient (only the care team sees those). */
  public boolean unreleased(DocumentView document) {
    return document.releaseAt() != null && document.releaseAt().isAfter(clock.instant());
  }

  /** Whether the upload form is shown: to a clinician who may read the patient's documents. */
  public boolean isUploader() {
    return readable && user.hasRole("CLINICIAN");
  }

  /** Whether no patient is named (a clinician without {@code ?patientId=}). */
  public boolean isNoPatient() {
    return patient == 0;
  }

  public boolean isReadable() {
    return readable;
  }

  public PagedTable<DocumentView> getTable() {
    return table;
  }

  public int getRows() {
    return ROWS;
  }

  public String getMaxSize() {
    return size(maxBytes);
  }

  public List<DocumentKind> getKinds() {
    return List.of(DocumentKind.values());
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
