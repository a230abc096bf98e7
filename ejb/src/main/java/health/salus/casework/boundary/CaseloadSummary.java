package health.salus.casework.boundary;

import health.salus.casework.entity.CaseStatus;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The caller's caseload at a glance: cases by status, overdue tasks of those cases, the caller's
 * own open and overdue tasks, the reviews due within {@link #REVIEW_DAYS} days (or fallen due and
 * not done), and the funding plans of open cases with 80 % or more used.
 */
public record CaseloadSummary(
    Map<CaseStatus, Long> byStatus,
    long overdueTasks,
    long myOpenTasks,
    long myOverdueTasks,
    long reviewsDue,
    List<BudgetAtRisk> budgetsAtRisk)
    implements Serializable {

  /** How many days ahead a review counts as due. */
  public static final int REVIEW_DAYS = 14;

  /** Cases not closed. */
  public long active() {
    return byStatus.entrySet().stream()
        .filter(e -> e.getKey() != CaseStatus.CLOSED)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  public long count(String status) {
    return byStatus.getOrDefault(CaseStatus.valueOf(status), 0L);
  }
}
