package health.salus.casework.entity;

import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * The funding plan of an NDIS or aged-care case: a period and a budget split into categories.
 * Services delivered in the period are paid from a category ({@link #deliver}); a delivery that
 * would go over what the category has left is refused unless it is allowed as over budget with a
 * reason. When a category, or the plan as a whole, reaches {@link #ALERT_SHARE 80 %} the case
 * manager is alerted, once each ({@link #alertsDue}).
 */
@Entity
@Table(name = "funding_plan")
@NamedQuery(
    name = FundingPlan.OF_CASE,
    query = "SELECT p FROM FundingPlan p WHERE p.careCase.id = :caseId")
public class FundingPlan {

  public static final String OF_CASE = "FundingPlan.ofCase";

  /** The share of a budget used at which the case manager is alerted. */
  public static final BigDecimal ALERT_SHARE = new BigDecimal("0.80");

  private static final EnumSet<Programme> FUNDED = EnumSet.of(Programme.NDIS, Programme.AGED_CARE);

  /** A budget (a category's or the whole plan's) that reached 80 %: category null for the plan. */
  public record Crossing(String category, BigDecimal used, BigDecimal budget) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<BudgetCategory> categories = new ArrayList<>();

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "alerted_at")
  private Instant alertedAt;

  @Version private long version;

  protected FundingPlan() {}

  /**
   * A plan for an NDIS or aged-care case that is not closed (else 422), from {@code startsOn} to
   * {@code endsOn} (both required, the end after the start, else 400).
   */
  public FundingPlan(
      CareCase careCase, LocalDate startsOn, LocalDate endsOn, UserAccount by, Instant at) {
    careCase.requireNotClosed();
    if (!FUNDED.contains(careCase.getProgramme())) {
      throw Refusal.rule("casework.fundingProgrammeOnly");
    }
    if (startsOn == null) {
      throw Refusal.invalid("startsOn", "casework.startsOn.required");
    }
    if (endsOn == null || !endsOn.isAfter(startsOn)) {
      throw Refusal.invalid("endsOn", "casework.endsOn.afterStart");
    }
    this.careCase = careCase;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** Adds a budget category; its name is unique in the plan (else 400). */
  public BudgetCategory addCategory(String name, BigDecimal budget) {
    BudgetCategory added = new BudgetCategory(this, categories.size(), name, budget);
    if (categories.stream().anyMatch(c -> c.getName().equalsIgnoreCase(added.getName()))) {
      throw Refusal.invalid("categories", "casework.categoryTwice", added.getName());
    }
    categories.add(added);
    return added;
  }

  /**
   * Records a service delivered on a day of the plan's period (else 422) and pays it from the
   * category; more than the category has left is refused (422) unless it is allowed as {@code
   * overBudget} with a reason (required then, else 400), which is kept with the delivery.
   */
  public ServiceDelivery deliver(
      BudgetCategory category,
      LocalDate on,
      String description,
      BigDecimal amount,
      String provider,
      boolean overBudget,
      String overBudgetReason,
      UserAccount by,
      Instant at) {
    careCase.requireNotClosed();
    if (!categories.contains(category)) {
      throw Refusal.invalid("categoryId", "casework.categoryUnknown");
    }
    if (on == null) {
      throw Refusal.invalid("deliveredOn", "casework.deliveredOn.required");
    }
    if (on.isBefore(startsOn) || on.isAfter(endsOn)) {
      throw Refusal.rule("casework.deliveryOutsidePlan", startsOn.toString(), endsOn.toString());
    }
    String what = Texts.required("description", description, ServiceDelivery.DESCRIPTION_MAX);
    String who = Texts.required("provider", provider, ServiceDelivery.PROVIDER_MAX);
    BigDecimal paid = Money.amount("amount", amount);
    String reason =
        overBudget
            ? Texts.required("overBudgetReason", overBudgetReason, ServiceDelivery.REASON_MAX)
            : null;
    boolean over = category.wouldExceed(paid);
    category.spend(paid, overBudget);
    return new ServiceDelivery(category, on, what, paid, who, over ? reason : null, by, at);
  }

  /**
   * The budgets that reached 80 % and were not alerted yet, each marked alerted now so that it is
   * told once: the categories, then the plan as a whole.
   */
  public List<Crossing> alertsDue(Instant at) {
    List<Crossing> due = new ArrayList<>();
    for (BudgetCategory c : categories) {
      if (c.alertOnce(at)) {
        due.add(new Crossing(c.getName(), c.getUsed(), c.getBudget()));
      }
    }
    if (alertedAt == null && Money.reached(getUsed(), getBudget(), ALERT_SHARE)) {
      alertedAt = at;
      due.add(new Crossing(null, getUsed(), getBudget()));
    }
    return due;
  }

  public BigDecimal getBudget() {
    return categories.stream().map(BudgetCategory::getBudget).reduce(zero(), BigDecimal::add);
  }

  public BigDecimal getUsed() {
    return categories.stream().map(BudgetCategory::getUsed).reduce(zero(), BigDecimal::add);
  }

  public BigDecimal getRemaining() {
    return getBudget().subtract(getUsed());
  }

  public int getPercentUsed() {
    return Money.percent(getUsed(), getBudget());
  }

  /** The plan as a whole, or any one category, has reached 80 %. */
  public boolean isAtRisk() {
    return Money.reached(getUsed(), getBudget(), ALERT_SHARE)
        || categories.stream().anyMatch(BudgetCategory::isAtRisk);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  public Long getId() {
    return id;
  }

  public CareCase getCareCase() {
    return careCase;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public List<BudgetCategory> getCategories() {
    return Collections.unmodifiableList(categories);
  }

  public UserAccount getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getAlertedAt() {
    return alertedAt;
  }

  public long getVersion() {
    return version;
  }
}
