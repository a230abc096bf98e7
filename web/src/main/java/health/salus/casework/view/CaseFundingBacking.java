package health.salus.casework.view;

import health.salus.casework.boundary.FundingPlanView;
import health.salus.casework.boundary.FundingService;
import health.salus.casework.boundary.NewDelivery;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The funding section of the case page: the plan's budget used and left per category (a chart and a
 * table), the services delivered, and the form to record one (over budget only when ticked, with a
 * reason).
 */
@Named
@ViewScoped
public class CaseFundingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FundingService funding;
  @Inject CaseBacking page;

  private FundingPlanView plan;
  private String chart;
  private Long categoryId;
  private LocalDate deliveredOn;
  private String description;
  private BigDecimal amount;
  private String provider;
  private boolean overBudget;
  private String overBudgetReason;

  /** Loads the plan of an NDIS or aged-care case, if it has one (f:viewAction, after the case). */
  public void load() {
    if (page.getView() == null || !page.getView().programme().name().matches("NDIS|AGED_CARE")) {
      return;
    }
    try {
      plan = funding.read(page.getId());
    } catch (NotFoundException noPlan) {
      return;
    }
    chart =
        BudgetChart.json(
            plan,
            UserMessages.text("casework.funding.used"),
            UserMessages.text("casework.funding.left"),
            UserMessages.text("casework.funding.axis"));
  }

  public void recordDelivery() throws IOException {
    PageAction.change(
        () ->
            funding.recordDelivery(
                page.getId(),
                new NewDelivery(
                    categoryId,
                    deliveredOn,
                    description,
                    amount,
                    provider,
                    overBudget,
                    overBudgetReason)),
        "delivery",
        Map.of(
            "categoryId", "deliveryCategory",
            "deliveredOn", "deliveredOn",
            "description", "deliveryDescription",
            "amount", "deliveryAmount",
            "provider", "deliveryProvider",
            "overBudgetReason", "overBudgetReason"),
        page.target(),
        "casework.funding.recorded");
  }

  public FundingPlanView getPlan() {
    return plan;
  }

  public String getChart() {
    return chart;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  public void setDeliveredOn(LocalDate deliveredOn) {
    this.deliveredOn = deliveredOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public boolean isOverBudget() {
    return overBudget;
  }

  public void setOverBudget(boolean overBudget) {
    this.overBudget = overBudget;
  }

  public String getOverBudgetReason() {
    return overBudgetReason;
  }

  public void setOverBudgetReason(String overBudgetReason) {
    this.overBudgetReason = overBudgetReason;
  }
}
