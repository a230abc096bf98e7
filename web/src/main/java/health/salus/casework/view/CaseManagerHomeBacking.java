package health.salus.casework.view;

import health.salus.casework.boundary.CaseloadSummary;
import health.salus.casework.boundary.CaseworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The case manager's worklist on the home page: open cases and overdue tasks, in numbers. */
@Named
@RequestScoped
public class CaseManagerHomeBacking {

  @Inject CaseworkService cases;

  private CaseloadSummary summary;

  public CaseloadSummary getSummary() {
    if (summary == null) {
      summary = cases.summary();
    }
    return summary;
  }
}
