package health.salus.casework.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A funding plan to set up: its period and its budget categories, each a name and an amount in
 * Australian dollars (positive, whole cents).
 */
public record NewFundingPlan(LocalDate startsOn, LocalDate endsOn, List<Category> categories) {

  /** One budget category of the plan. */
  public record Category(String name, BigDecimal budget) {}
}
