package health.salus.prescriptions.entity;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A patient's request for one more supply of a medication, open until the prescriber or a clinician
 * of the care team approves or denies it. At most one open request per medication: the column
 * {@code open_medication_id} holds the medication while the request is open and is unique, so the
 * database keeps that rule even when two requests race.
 */
@Entity
@Table(name = "refill_request")
public class RefillRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "medication_id")
  private Medication medication;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  private String note;
  private String pharmacy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RefillStatus status;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @ManyToOne
  @JoinColumn(name = "decided_by")
  private UserAccount decidedBy;

  private String reason;

  @Column(name = "open_medication_id")
  private Long openMedicationId;

  @Version private long version;

  protected RefillRequest() {}

  RefillRequest(Medication medication, String note, String pharmacy, Instant requestedAt) {
    this.medication = medication;
    this.patient = medication.getPatient();
    this.note = blankToNull(note);
    this.pharmacy = blankToNull(pharmacy);
    this.status = RefillStatus.REQUESTED;
    this.requestedAt = requestedAt;
    this.openMedicationId = medication.getId();
  }

  /** Approves the refill: the medication has one refill fewer. */
  public void approve(UserAccount by, Instant at) {
    requireOpen();
    medication.useRefill();
    decide(RefillStatus.APPROVED, by, at, null);
  }

  /** Denies the refill; the patient sees the reason. */
  public void deny(UserAccount by, String why, Instant at) {
    if (why == null || why.isBlank()) {
      throw Refusal.invalid("reason", "refill.reasonRequired");
    }
    requireOpen();
    decide(RefillStatus.DENIED, by, at, why.trim());
  }

  public boolean isOpen() {
    return status == RefillStatus.REQUESTED;
  }

  /** Whether it may be decided (denied, at least): it is still open. */
  public boolean isDecidable() {
    return isOpen();
  }

  /** Whether it may be approved: open, for a medication that still allows a refill. */
  public boolean isApprovable() {
    return isOpen() && medication.isRefillable();
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw Refusal.conflict("refill.alreadyDecided");
    }
  }

  private void decide(RefillStatus outcome, UserAccount by, Instant at, String why) {
    this.status = outcome;
    this.decidedBy = by;
    this.decidedAt = at;
    this.reason = why;
    this.openMedicationId = null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public Long getId() {
    return id;
  }

  public Medication getMedication() {
    return medication;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getNote() {
    return note;
  }

  public String getPharmacy() {
    return pharmacy;
  }

  public RefillStatus getStatus() {
    return status;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public UserAccount getDecidedBy() {
    return decidedBy;
  }

  public String getReason() {
    return reason;
  }

  public long getVersion() {
    return version;
  }
}
