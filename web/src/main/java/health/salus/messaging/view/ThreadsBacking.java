package health.salus.messaging.view;

import health.salus.identity.entity.Role;
import health.salus.messaging.boundary.MessagingService;
import health.salus.messaging.boundary.ThreadSummary;
import health.salus.shared.boundary.Page;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The conversations page: newest first, 20 a page, each with its unread count. */
@Named
@ViewScoped
public class ThreadsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject MessagingService messaging;

  private int page;
  private Page<ThreadSummary> current;

  /** Loads the requested page (view action). */
  public void load() {
    current = messaging.threads(Math.max(page, 0), PAGE_SIZE);
  }

  public List<ThreadSummary> getItems() {
    return current == null ? List.of() : current.items();
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

  /** Whether the caller works for a team (sees due times and triage). */
  public boolean isStaff() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole(Role.Names.CLINICIAN)
        || external.isUserInRole(Role.Names.EDUCATOR)
        || external.isUserInRole(Role.Names.STAFF);
  }
}
