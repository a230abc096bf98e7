package health.salus.casework.view;

import health.salus.casework.boundary.CaseSummaryView;
import health.salus.casework.boundary.CaseloadSummary;
import health.salus.casework.boundary.CaseworkService;
import health.salus.casework.entity.CaseStatus;
import health.salus.shared.view.PagedTable;
import health.salus.shared.view.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The caseload dashboard: the caller's cases by status and the work due (overdue tasks, reviews
 * due, budgets at risk), each in a chart and in words, and the cases a page at a time, of one
 * status or all (?status=).
 */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject CaseworkService cases;

  private CaseStatus status;
  private CaseloadSummary summary;

  private final PagedTable<CaseSummaryView> caseload =
      new PagedTable<>((page, size) -> cases.caseload(status, page, size), CaseSummaryView::id);

  private CaseloadChart byStatus;
  private CaseloadChart workDue;
  private String reviewsDueLabel;

  /** Loads the summary and builds its charts (f:viewAction). */
  public void load() {
    summary = cases.summary();
    String axis = UserMessages.text("casework.caseload.chartAxis");
    reviewsDueLabel =
        UserMessages.text("casework.caseload.reviewsDue", CaseloadSummary.REVIEW_DAYS);
    byStatus =
        CaseloadChart.of(
            "chart-status",
            UserMessages.text("casework.caseload.byStatus"),
            axis,
            getStatuses().stream()
                .map(s -> UserMessages.text("casework.status." + s.name()))
                .toList(),
            getStatuses().stream().map(s -> summary.byStatus().getOrDefault(s, 0L)).toList());
    workDue =
        CaseloadChart.of(
            "chart-work",
            UserMessages.text("casework.caseload.workDue"),
            axis,
            List.of(
                UserMessages.text("casework.caseload.overdue"),
                UserMessages.text("casework.caseload.myOverdue"),
                reviewsDueLabel,
                UserMessages.text("casework.funding.budgetsAtRisk")),
            List.of(
                summary.overdueTasks(),
                summary.myOverdueTasks(),
                summary.reviewsDue(),
                (long) summary.budgetsAtRisk().size()));
  }

  public CaseloadChart getByStatus() {
    return byStatus;
  }

  public String getReviewsDueLabel() {
    return reviewsDueLabel;
  }

  public CaseloadChart getWorkDue() {
    return workDue;
  }

  public List<CaseStatus> getStatuses() {
    return List.of(CaseStatus.values());
  }

  public PagedTable<CaseSummaryView> getCaseload() {
    return caseload;
  }

  public CaseloadSummary getSummary() {
    return summary;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
