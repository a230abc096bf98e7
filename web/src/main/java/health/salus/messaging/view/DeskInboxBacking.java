package health.salus.messaging.view;

import health.salus.messaging.boundary.Colleague;
import health.salus.messaging.boundary.DeskThread;
import health.salus.messaging.boundary.MessagingService;
import health.salus.messaging.boundary.ThreadSummary;
import health.salus.messaging.boundary.Triage;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The front desk's team inboxes ({@code messaging/desk.xhtml}): every team's threads not closed,
 * late answers first, 20 a page, with when the answer is due; {@code ?thread=} opens the triage
 * form of one (who it goes to, priority, category, status). Never the messages themselves.
 */
@Named
@ViewScoped
public class DeskInboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject MessagingService messaging;

  private int page;
  private Long thread;
  private Page<ThreadSummary> current;
  private DeskThread chosen;
  private String assignedTo;
  private String priority;
  private String status;
  private String category;
  private long version;

  /** Loads the page of threads and, when one is named, its triage (view action; none: 404). */
  public void load() throws IOException {
    current = messaging.deskInbox(null, Math.max(page, 0), PAGE_SIZE);
    if (thread != null
        && PageAction.read(() -> chosen = messaging.deskThread(thread))
        && chosen != null) {
      ThreadSummary t = chosen.thread();
      assignedTo = t.assignedToUsername();
      priority = t.priority();
      status = t.status();
      category = t.category();
      version = t.version();
    }
  }

  /** Saves the triage as of the version the page showed (changed meanwhile: told so). */
  public void triage() throws IOException {
    PageAction.change(
        () -> messaging.triage(thread, new Triage(assignedTo, priority, status, category, version)),
        "triage",
        "/messaging/desk.xhtml?page=" + page + "&thread=" + thread,
        "messaging.triage.saved");
  }

  public List<ThreadSummary> getItems() {
    return current == null ? List.of() : current.items();
  }

  public ThreadSummary getChosen() {
    return chosen == null ? null : chosen.thread();
  }

  public List<Colleague> getTeam() {
    return chosen == null ? List.of() : chosen.team();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return current != null && (long) (page + 1) * PAGE_SIZE < current.total();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Long getThread() {
    return thread;
  }

  public void setThread(Long thread) {
    this.thread = thread;
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

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }
}
