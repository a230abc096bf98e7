package health.salus.messaging.view;

import health.salus.education.boundary.LessonLink;
import health.salus.education.boundary.LessonLinks;
import health.salus.messaging.boundary.AttachmentFile;
import health.salus.messaging.boundary.MessagingService;
import health.salus.messaging.boundary.NewAttachment;
import health.salus.messaging.boundary.NewMessage;
import health.salus.messaging.boundary.ThreadView;
import health.salus.messaging.boundary.Triage;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.view.FileDownload;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One conversation ({@code ?id=}): opening it marks the caller's unread messages read; a reply goes
 * through the service and comes back to the page.
 */
@Named
@ViewScoped
public class ThreadBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MessagingService messaging;
  @Inject LessonLinks lessonLinks;

  private long id;
  private ThreadView thread;
  private String body;
  private transient List<Part> files;
  private String assignedTo;
  private String priority;
  private String status;
  private String category;
  private long version;
  private List<LessonLink> lessonChoices = List.of();
  private Long[] lessonIds;

  /**
   * Opens the thread named by the view parameter (f:viewAction); to anyone but a participant the
   * page answers 404, as for a thread that does not exist.
   */
  public void load() throws IOException {
    try {
      thread = messaging.open(id);
      assignedTo = thread.assignedToUsername();
      priority = thread.priority();
      status = thread.status();
      category = thread.category();
      version = thread.version();
      if (!thread.team().isEmpty()) {
        lessonChoices = lessonLinks.catalogue();
      }
    } catch (NotFoundException notAParticipant) {
      PageAction.sendError(404);
    }
  }

  public void reply() throws IOException {
    List<NewAttachment> attachments = Uploads.read(files, messaging.attachmentMaxBytes());
    PageAction.change(
        () ->
            messaging.reply(
                id,
                new NewMessage(body, lessonIds == null ? List.of() : List.of(lessonIds)),
                attachments),
        "reply",
        Map.of("attachments", "files", "lessonIds", "lessons"),
        "/messaging/thread.xhtml?id=" + id,
        "messaging.sent");
  }

  /** Saves the staff's triage as of the version the page showed (changed meanwhile: told so). */
  public void triage() throws IOException {
    PageAction.change(
        () -> messaging.triage(id, new Triage(assignedTo, priority, status, category, version)),
        "triage",
        "/messaging/thread.xhtml?id=" + id,
        "messaging.triage.saved");
  }

  public String getAssignedTo() {
    return assignedTo;
  }

  public void setAssignedTo(String assignedTo) {
    this.assignedTo = assignedTo;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  /** Streams a file of the thread as an attachment instead of rendering the page. */
  public void download(long attachmentId) {
    AttachmentFile[] file = new AttachmentFile[1];
    if (PageAction.attempt(
        () -> file[0] = messaging.attachment(id, attachmentId), null, Map.of())) {
      FileDownload.send(file[0].contentType(), file[0].fileName(), file[0].content());
    }
  }

  /** A size for people, in whole kilobytes (at least 1). */
  public long kilobytes(long bytes) {
    return Math.max(1, Math.round(bytes / 1024.0));
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }

  /** The lessons the care side may point the patient to (none for the patient side). */
  public List<LessonLink> getLessonChoices() {
    return lessonChoices;
  }

  public Long[] getLessonIds() {
    return lessonIds;
  }

  public void setLessonIds(Long[] lessonIds) {
    this.lessonIds = lessonIds;
  }

  public ThreadView getThread() {
    return thread;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
