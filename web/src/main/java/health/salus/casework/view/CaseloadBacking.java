package health.salus.casework.view;

import health.salus.casework.boundary.CaseSummaryView;
import health.salus.casework.boundary.CaseloadSummary;
import health.salus.casework.boundary.CaseworkService;
import health.salus.casework.entity.CaseStatus;
import health.salus.shared.view.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The caseload dashboard: the caller's cases by status , the overdue tasks, and the cases a page at
 * a time, of one status or all (?status=).
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

  /** Loads the summary (f:viewAction). */
  public void load() {
    summary = cases.summary();
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
