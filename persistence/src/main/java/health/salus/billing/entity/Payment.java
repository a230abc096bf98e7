package health.salus.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Money received against an invoice, as staff recorded it. Never changed once recorded. */
@Entity
@Table(name = "payment")
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentMethod method;

  private String reference;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected Payment() {}

  Payment(
      Invoice invoice,
      BigDecimal amount,
      PaymentMethod method,
      String reference,
      Instant receivedAt,
      String recordedBy) {
    this.invoice = invoice;
    this.amount = Money.of(amount);
    this.method = method;
    this.reference = reference;
    this.receivedAt = receivedAt;
    this.recordedBy = recordedBy;
  }

  public Long getId() {
    return id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public String getReference() {
    return reference;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
