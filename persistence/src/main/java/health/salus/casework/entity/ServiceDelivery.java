package health.salus.casework.entity;

import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A service delivered under a funding plan and paid from one of its categories: when, what, how
 * much, by which provider, who recorded it, and why it was allowed over budget if it was.
 */
@Entity
@Table(name = "service_delivery")
public class ServiceDelivery {

  public static final int DESCRIPTION_MAX = 500;
  public static final int PROVIDER_MAX = 200;
  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id")
  private BudgetCategory category;

  @Column(name = "delivered_on", nullable = false)
  private LocalDate deliveredOn;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false)
  private String provider;

  @Column(name = "over_budget_reason")
  private String overBudgetReason;

  @ManyToOne(optional = false)
  @JoinColumn(name = "recorded_by")
  private UserAccount recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ServiceDelivery() {}

  ServiceDelivery(
      BudgetCategory category,
      LocalDate deliveredOn,
      String description,
      BigDecimal amount,
      String provider,
      String overBudgetReason,
      UserAccount by,
      Instant at) {
    this.category = category;
    this.deliveredOn = deliveredOn;
    this.description = description;
    this.amount = amount;
    this.provider = provider;
    this.overBudgetReason = overBudgetReason;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getProvider() {
    return provider;
  }

  public String getOverBudgetReason() {
    return overBudgetReason;
  }

  public UserAccount getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
