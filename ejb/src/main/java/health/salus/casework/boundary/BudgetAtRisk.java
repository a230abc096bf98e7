package health.salus.casework.boundary;

import health.salus.casework.entity.BudgetCategory;
import health.salus.casework.entity.FundingPlan;
import java.io.Serializable;
import java.util.List;

/**
 * A funding plan of the caseload with 80 % or more used, in total or in a category: the case, the
 * patient, the share used in total and the names of the categories at risk.
 */
public record BudgetAtRisk(
    long caseId, long patientId, String patientName, int percentUsed, List<String> categoriesAtRisk)
    implements Serializable {

  static BudgetAtRisk of(FundingPlan p) {
    return new BudgetAtRisk(
        p.getCareCase().getId(),
        p.getCareCase().getPatient().getId(),
        p.getCareCase().getPatient().getFullName(),
        p.getPercentUsed(),
        p.getCategories().stream()
            .filter(BudgetCategory::isAtRisk)
            .map(BudgetCategory::getName)
            .toList());
  }

  /** The categories at risk, as one text. */
  public String categoriesText() {
    return String.join(", ", categoriesAtRisk);
  }
}
