package health.salus.casework.entity;

import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A part of a funding plan's budget (Core supports, Capacity building, Capital): what it holds and
 * what the services delivered against it have used. Spending more than is left is refused (422)
 * unless it is allowed as over budget with a reason.
 */
@Entity
@Table(name = "budget_category")
public class BudgetCategory {

  public static final int NAME_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id")
  private FundingPlan plan;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal budget;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal used;

  @Column(name = "alerted_at")
  private Instant alertedAt;

  @Version private long version;

  protected BudgetCategory() {}

  BudgetCategory(FundingPlan plan, int position, String name, BigDecimal budget) {
    this.plan = plan;
    this.position = position;
    this.name = Texts.required("categoryName", name, NAME_MAX);
    this.budget = Money.amount("budget", budget);
    this.used = BigDecimal.ZERO.setScale(2);
  }

  /**
   * Uses the amount of this category: refused (422) when it is more than is left, unless {@code
   * overBudget} allows it.
   */
  void spend(BigDecimal amount, boolean overBudget) {
    if (amount.compareTo(getRemaining()) > 0 && !overBudget) {
      throw Refusal.rule(
          "casework.overBudget", name, getRemaining().toPlainString(), amount.toPlainString());
    }
    used = used.add(amount);
  }

  /** Whether this spending would go over what is left. */
  boolean wouldExceed(BigDecimal amount) {
    return amount.compareTo(getRemaining()) > 0;
  }

  /** Marks the first time 80 % is reached; true only that once. */
  boolean alertOnce(Instant at) {
    if (alertedAt != null || !Money.reached(used, budget, FundingPlan.ALERT_SHARE)) {
      return false;
    }
    alertedAt = at;
    return true;
  }

  public Long getId() {
    return id;
  }

  public FundingPlan getPlan() {
    return plan;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public BigDecimal getUsed() {
    return used;
  }

  /** What is left; below zero after an allowed over-budget delivery. */
  public BigDecimal getRemaining() {
    return budget.subtract(used);
  }

  public int getPercentUsed() {
    return Money.percent(used, budget);
  }

  public boolean isAtRisk() {
    return Money.reached(used, budget, FundingPlan.ALERT_SHARE);
  }

  public Instant getAlertedAt() {
    return alertedAt;
  }

  public long getVersion() {
    return version;
  }
}
