package health.salus.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of an invoice: an item, how many, the price ex GST and the GST on it. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(name = "item_code", nullable = false)
  private String itemCode;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  private BigDecimal unitPrice;

  /** Quantity times unit price, ex GST. */
  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal gst;

  protected InvoiceLine() {}

  InvoiceLine(
      Invoice invoice,
      int lineNo,
      String itemCode,
      String description,
      int quantity,
      BigDecimal unitPrice,
      boolean gstApplicable) {
    if (quantity < 1 || unitPrice == null || unitPrice.signum() < 0) {
      throw new IllegalArgumentException("a line needs a quantity and a price");
    }
    this.invoice = invoice;
    this.lineNo = lineNo;
    this.itemCode = itemCode;
    this.description = description;
    this.quantity = quantity;
    this.unitPrice = Money.of(unitPrice);
    this.amount = Money.times(this.unitPrice, quantity);
    this.gst = Money.gstOn(this.amount, gstApplicable);
  }

  public Long getId() {
    return id;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getItemCode() {
    return itemCode;
  }

  public String getDescription() {
    return description;
  }

  public int getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getGst() {
    return gst;
  }

  /** The line including GST. */
  public BigDecimal getTotal() {
    return amount.add(gst);
  }
}
