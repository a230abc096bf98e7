package health.salus.billing.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One priced item of the fee schedule: a consultation of a practitioner (or, without one, the
 * organisation's default, or the default for health educators) in a mode, or an item without a mode
 * (a report) that staff bill by hand. A new price is a new row with a later {@code validFrom}; the
 * row in force on a day is the one with the latest {@code validFrom} on or before it.
 */
@Entity
@Table(name = "fee_schedule_item")
@NamedQuery(
    name = FeeScheduleItem.ALL,
    query =
        "SELECT f FROM FeeScheduleItem f LEFT JOIN FETCH f.practitioner"
            + " ORDER BY f.itemCode, f.validFrom DESC, f.id")
@NamedQuery(
    name = FeeScheduleItem.FOR_PRACTITIONER,
    query =
        "SELECT f FROM FeeScheduleItem f WHERE f.practitioner = :practitioner AND f.mode = :mode"
            + " AND f.validFrom <= :day ORDER BY f.validFrom DESC, f.id DESC")
@NamedQuery(
    name = FeeScheduleItem.DEFAULT_FOR_MODE,
    query =
        "SELECT f FROM FeeScheduleItem f WHERE f.practitioner IS NULL AND f.mode = :mode"
            + " AND f.forEducators = :forEducators"
            + " AND f.validFrom <= :day ORDER BY f.validFrom DESC, f.id DESC")
@NamedQuery(
    name = FeeScheduleItem.BY_CODE,
    query =
        "SELECT f FROM FeeScheduleItem f WHERE f.itemCode = :code AND f.validFrom <= :day"
            + " ORDER BY f.validFrom DESC, f.id DESC")
public class FeeScheduleItem {

  public static final String ALL = "FeeScheduleItem.all";
  public static final String FOR_PRACTITIONER = "FeeScheduleItem.forPractitioner";
  public static final String DEFAULT_FOR_MODE = "FeeScheduleItem.defaultForMode";
  public static final String BY_CODE = "FeeScheduleItem.byCode";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  @Enumerated(EnumType.STRING)
  private ConsultationMode mode;

  @Column(name = "item_code", nullable = false)
  private String itemCode;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal fee;

  @Column(name = "gst_applicable", nullable = false)
  private boolean gstApplicable;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  /**
   * A default item (no practitioner) for health educators without a fee of their own, instead of
   * the organisation's default, which prices the clinicians'.
   */
  @Column(name = "for_educators", nullable = false)
  private boolean forEducators;

  @Version private long version;

  protected FeeScheduleItem() {}

  public FeeScheduleItem(
      Practitioner practitioner,
      ConsultationMode mode,
      String itemCode,
      String description,
      BigDecimal fee,
      boolean gstApplicable,
      LocalDate validFrom) {
    this.practitioner = practitioner;
    this.mode = mode;
    this.itemCode = itemCode;
    this.description = description;
    this.fee = Money.of(fee);
    this.gstApplicable = gstApplicable;
    this.validFrom = validFrom;
  }

  /**
   * A default consultation item for health educators without a fee of their own: no practitioner, a
   * mode (else refused).
   */
  public static FeeScheduleItem educatorsDefault(
      ConsultationMode mode,
      String itemCode,
      String description,
      BigDecimal fee,
      boolean gstApplicable,
      LocalDate validFrom) {
    if (mode == null) {
      throw Refusal.invalid("mode", "fee.educatorsModeRequired");
    }
    FeeScheduleItem item =
        new FeeScheduleItem(null, mode, itemCode, description, fee, gstApplicable, validFrom);
    item.forEducators = true;
    return item;
  }

  public boolean isForEducators() {
    return forEducators;
  }

  /** Changes what the item says and costs (a correction; a new price from a day is a new row). */
  public void revise(String description, BigDecimal fee, boolean gstApplicable) {
    this.description = description;
    this.fee = Money.of(fee);
    this.gstApplicable = gstApplicable;
  }

  public Long getId() {
    return id;
  }

  public Practitioner getPractitioner() {
    return practitioner;
  }

  public ConsultationMode getMode() {
    return mode;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getFee() {
    return fee;
  }

  /**
   * Whether the item costs nothing (a service the organisation gives free, such as its health
   * educators' consultations): there is nothing to invoice.
   */
  public boolean isFree() {
    return fee.signum() == 0;
  }

  public boolean isGstApplicable() {
    return gstApplicable;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public long getVersion() {
    return version;
  }
}
