package health.salus.billing.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A tax invoice to a patient: its lines, totals and the payments against it. It keeps its totals,
 * the amount paid and its status in step with its lines and payments, and refuses a payment that
 * the rules do not allow. Versioned: two staff recording payments at once cannot both win.
 */
@Entity
@Table(name = "invoice")
@NamedQuery(
    name = Invoice.BY_APPOINTMENT,
    query = "SELECT i FROM Invoice i WHERE i.appointmentId = :appointmentId")
@NamedQuery(
    name = Invoice.BALANCE_OF_PATIENT,
    query =
        "SELECT SUM(i.total - i.amountPaid),"
            + " SUM(CASE WHEN i.status IN (health.salus.billing.entity.InvoiceStatus.ISSUED,"
            + " health.salus.billing.entity.InvoiceStatus.PART_PAID) THEN 1 ELSE 0 END)"
            + " FROM Invoice i WHERE i.patient.id = :patientId"
            + " AND i.status <> health.salus.billing.entity.InvoiceStatus.VOID")
public class Invoice {

  public static final String BY_APPOINTMENT = "Invoice.byAppointment";

  /** What a patient still owes over all invoices that are not void, and how many are open. */
  public static final String BALANCE_OF_PATIENT = "Invoice.balanceOfPatient";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Given once the id is known: {@code INV-<year>-<id, six digits>}. */
  @Column(name = "invoice_number")
  private String number;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  /** The completed appointment it bills; null for an invoice raised without one. */
  @Column(name = "appointment_id")
  private Long appointmentId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvoiceStatus status = InvoiceStatus.ISSUED;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal subtotal = Money.ZERO;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal gst = Money.ZERO;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal total = Money.ZERO;

  @Column(name = "amount_paid", nullable = false, precision = 12, scale = 2)
  private BigDecimal amountPaid = Money.ZERO;

  @Column(name = "void_reason")
  private String voidReason;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "voided_by")
  private String voidedBy;

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lineNo")
  private List<InvoiceLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL)
  @OrderBy("receivedAt, id")
  private List<Payment> payments = new ArrayList<>();

  @Version private long version;

  protected Invoice() {}

  public Invoice(
      Patient patient,
      Practitioner practitioner,
      Long appointmentId,
      Instant issuedAt,
      LocalDate dueDate) {
    this.patient = patient;
    this.practitioner = practitioner;
    this.appointmentId = appointmentId;
    this.issuedAt = issuedAt;
    this.dueDate = dueDate;
  }

  /** The status that an invoice of this total has after this much was paid. */
  public static InvoiceStatus statusFor(BigDecimal total, BigDecimal paid) {
    if (paid.compareTo(total) >= 0) {
      return InvoiceStatus.PAID;
    }
    return paid.signum() == 0 ? InvoiceStatus.ISSUED : InvoiceStatus.PART_PAID;
  }

  /** Gives the invoice its number; once, after the database gave it its id. */
  public void assignNumber(int year) {
    if (number != null || id == null) {
      throw new IllegalStateException("the number comes once, after the id");
    }
    number = String.format("INV-%d-%06d", year, id);
  }

  /** Adds a line and recomputes the totals; only while nothing is paid and it is not void. */
  public InvoiceLine addLine(
      String itemCode,
      String description,
      int quantity,
      BigDecimal unitPrice,
      boolean gstApplicable) {
    if (status != InvoiceStatus.ISSUED || !payments.isEmpty()) {
      throw new IllegalStateException("lines change only before any payment");
    }
    InvoiceLine line =
        new InvoiceLine(
            this, lines.size() + 1, itemCode, description, quantity, unitPrice, gstApplicable);
    lines.add(line);
    subtotal = lines.stream().map(InvoiceLine::getAmount).reduce(Money.ZERO, BigDecimal::add);
    gst = lines.stream().map(InvoiceLine::getGst).reduce(Money.ZERO, BigDecimal::add);
    total = subtotal.add(gst);
    status = statusFor(total, amountPaid);
    return line;
  }

  /**
   * Why a payment of this amount cannot be taken (a message key), or empty when it can: the invoice
   * is void or settled, or the amount is not positive or more than the balance.
   */
  public Optional<String> paymentRefusal(BigDecimal amount) {
    if (!isPayable()) {
      return Optional.of(
          status == InvoiceStatus.VOID ? "invoice.payment.void" : "invoice.payment.settled");
    }
    if (amount == null || amount.signum() <= 0) {
      return Optional.of("invoice.payment.notPositive");
    }
    if (Money.of(amount).compareTo(getBalance()) > 0) {
      return Optional.of("invoice.payment.exceedsBalance");
    }
    return Optional.empty();
  }

  /**
   * Records a payment the rules allow ({@link #paymentRefusal}); the status follows the balance.
   */
  public Payment recordPayment(
      BigDecimal amount,
      PaymentMethod method,
      String reference,
      Instant receivedAt,
      String recordedBy) {
    paymentRefusal(amount)
        .ifPresent(
            refusal -> {
              throw Refusal.rule(refusal, getBalance().toPlainString());
            });
    Payment payment = new Payment(this, amount, method, reference, receivedAt, recordedBy);
    payments.add(payment);
    amountPaid = amountPaid.add(payment.getAmount());
    status = statusFor(total, amountPaid);
    return payment;
  }

  /** Whether a payment may be taken now: it is neither void nor settled. */
  public boolean isPayable() {
    return status != InvoiceStatus.VOID && status != InvoiceStatus.PAID;
  }

  /** Whether it may be voided now. */
  public boolean isVoidable() {
    return voidRefusal().isEmpty();
  }

  /** Why the invoice cannot be voided (a message key), or empty when it can. */
  public Optional<String> voidRefusal() {
    if (status == InvoiceStatus.VOID) {
      return Optional.of("invoice.void.already");
    }
    if (!payments.isEmpty()) {
      return Optional.of("invoice.void.paymentsRecorded");
    }
    return Optional.empty();
  }

  /** Cancels the invoice: nothing is owed any more. Only without payments. */
  public void voidInvoice(String reason, Instant at, String by) {
    voidRefusal()
        .ifPresent(
            refusal -> {
              throw Refusal.rule(refusal, getBalance().toPlainString());
            });
    status = InvoiceStatus.VOID;
    voidReason = reason;
    voidedAt = at;
    voidedBy = by;
  }

  /** What is still owed: the total less payments; nothing for a void invoice. */
  public BigDecimal getBalance() {
    return status == InvoiceStatus.VOID ? Money.ZERO : total.subtract(amountPaid);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Patient getPatient() {
    return patient;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }

  public Practitioner getPractitioner() {
    return practitioner;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public InvoiceStatus getStatus() {
    return status;
  }

  public BigDecimal getSubtotal() {
    return subtotal;
  }

  public BigDecimal getGst() {
    return gst;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getAmountPaid() {
    return amountPaid;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public Instant getVoidedAt() {
    return voidedAt;
  }

  public String getVoidedBy() {
    return voidedBy;
  }

  public List<InvoiceLine> getLines() {
    return Collections.unmodifiableList(lines);
  }

  public List<Payment> getPayments() {
    return Collections.unmodifiableList(payments);
  }

  public long getVersion() {
    return version;
  }
}
