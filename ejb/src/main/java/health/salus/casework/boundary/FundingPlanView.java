package health.salus.casework.boundary;

import health.salus.casework.entity.BudgetCategory;
import health.salus.casework.entity.FundingPlan;
import health.salus.casework.entity.ServiceDelivery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's funding plan: its period, the budget, used and remaining amounts (AUD, two decimals) in
 * total and per category, whether it is at risk (80 % or more used, in total or in a category), and
 * the services delivered, newest first.
 */
public record FundingPlanView(
    long id,
    long caseId,
    LocalDate startsOn,
    LocalDate endsOn,
    BigDecimal budget,
    BigDecimal used,
    BigDecimal remaining,
    int percentUsed,
    boolean atRisk,
    List<CategoryView> categories,
    List<DeliveryView> deliveries)
    implements Serializable {

  /** One budget category and what is used of it. */
  public record CategoryView(
      long id,
      String name,
      BigDecimal budget,
      BigDecimal used,
      BigDecimal remaining,
      int percentUsed,
      boolean atRisk)
      implements Serializable {

    static CategoryView of(BudgetCategory c) {
      return new CategoryView(
          c.getId(),
          c.getName(),
          c.getBudget(),
          c.getUsed(),
          c.getRemaining(),
          c.getPercentUsed(),
          c.isAtRisk());
    }
  }

  /** A service delivered against a category. */
  public record DeliveryView(
      long id,
      long categoryId,
      String category,
      LocalDate deliveredOn,
      String description,
      BigDecimal amount,
      String provider,
      boolean overBudget,
      String overBudgetReason,
      String recordedBy,
      Instant recordedAt,
      BigDecimal categoryRemaining)
      implements Serializable {

    static DeliveryView of(ServiceDelivery d) {
      return new DeliveryView(
          d.getId(),
          d.getCategory().getId(),
          d.getCategory().getName(),
          d.getDeliveredOn(),
          d.getDescription(),
          d.getAmount(),
          d.getProvider(),
          d.getOverBudgetReason() != null,
          d.getOverBudgetReason(),
          d.getRecordedBy().getFullName(),
          d.getRecordedAt(),
          d.getCategory().getRemaining());
    }
  }

  static FundingPlanView of(FundingPlan p, List<ServiceDelivery> deliveries) {
    return new FundingPlanView(
        p.getId(),
        p.getCareCase().getId(),
        p.getStartsOn(),
        p.getEndsOn(),
        p.getBudget(),
        p.getUsed(),
        p.getRemaining(),
        p.getPercentUsed(),
        p.isAtRisk(),
        p.getCategories().stream().map(CategoryView::of).toList(),
        deliveries.stream().map(DeliveryView::of).toList());
  }
}
