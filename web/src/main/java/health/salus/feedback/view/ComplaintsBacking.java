package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintDashboard;
import health.salus.feedback.boundary.ComplaintOverview;
import health.salus.feedback.boundary.ComplaintService;
import health.salus.feedback.boundary.ComplaintSummaryView;
import health.salus.feedback.entity.ComplaintStatus;
import health.salus.feedback.entity.Severity;
import health.salus.shared.view.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff register: the dashboard (open items by status and severity, overdue ones, SLA
 * performance) and the items a page at a time, of one status or all (?status=).
 */
@Named
@ViewScoped
public class ComplaintsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject ComplaintService complaints;
  @Inject ComplaintOverview overview;

  private ComplaintStatus status;
  private ComplaintDashboard dashboard;

  private final PagedTable<ComplaintSummaryView> register =
      new PagedTable<>(
          (page, size) -> complaints.register(status, page, size), ComplaintSummaryView::id);

  /** Loads the dashboard (f:viewAction). */
  public void load() {
    dashboard = overview.dashboard();
  }

  public List<ComplaintStatus> getStatuses() {
    return List.of(ComplaintStatus.values());
  }

  /** The severities as the dashboard counts them, UNTRIAGED last. */
  public List<String> getSeverities() {
    List<String> names = new ArrayList<>();
    for (Severity s : Severity.values()) {
      names.add(s.name());
    }
    names.add("UNTRIAGED");
    return names;
  }

  public PagedTable<ComplaintSummaryView> getRegister() {
    return register;
  }

  public ComplaintDashboard getDashboard() {
    return dashboard;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public void setStatus(ComplaintStatus status) {
    this.status = status;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
