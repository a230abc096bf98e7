package health.salus.prescriptions.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A medication prescribed to a patient, with the refills the prescription still allows. Versioned:
 * an approval uses up a refill, and two approvals at once must not both count.
 */
@Entity
@Table(name = "medication")
@NamedQuery(
    name = Medication.OF_PATIENT,
    query =
        "SELECT m FROM Medication m JOIN FETCH m.prescriber p JOIN FETCH p.account"
            + " WHERE m.patient.id = :patientId ORDER BY m.active DESC, m.name, m.id")
public class Medication {

  public static final String OF_PATIENT = "Medication.ofPatient";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // Read when asked: a refill request's row reads its medication for the name and dose only.
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String dose;

  @Column(nullable = false)
  private String instructions;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "prescriber_id")
  private Practitioner prescriber;

  @Column(name = "refills_remaining", nullable = false)
  private int refillsRemaining;

  @Column(name = "prescribed_on", nullable = false)
  private LocalDate prescribedOn;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected Medication() {}

  public Medication(
      Patient patient,
      String name,
      String dose,
      String instructions,
      Practitioner prescriber,
      int refills,
      LocalDate prescribedOn) {
    if (refills < 0) {
      throw new IllegalArgumentException("refills must not be negative");
    }
    this.patient = patient;
    this.name = name.trim();
    this.dose = dose.trim();
    this.instructions = instructions.trim();
    this.prescriber = prescriber;
    this.refillsRemaining = refills;
    this.prescribedOn = prescribedOn;
    this.active = true;
  }

  /**
   * The patient asks for a refill: allowed only while the medication is active and has refills
   * left. Nothing is used up until the request is approved.
   */
  public RefillRequest requestRefill(String note, String pharmacy, Instant at) {
    requireRefillable();
    return new RefillRequest(this, note, pharmacy, at);
  }

  /** Whether the patient may ask for a refill now (an open request aside). */
  public boolean isRefillable() {
    return active && refillsRemaining > 0;
  }

  /** Uses up one refill; called when a refill request is approved. */
  void useRefill() {
    requireRefillable();
    refillsRemaining--;
  }

  /** Stops the medication: no more refills can be asked for. */
  public void stop() {
    active = false;
  }

  private void requireRefillable() {
    if (!active) {
      throw Refusal.rule("refill.notActive");
    }
    if (refillsRemaining <= 0) {
      throw Refusal.rule("refill.noneRemaining");
    }
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getName() {
    return name;
  }

  public String getDose() {
    return dose;
  }

  public String getInstructions() {
    return instructions;
  }

  public Practitioner getPrescriber() {
    return prescriber;
  }

  public int getRefillsRemaining() {
    return refillsRemaining;
  }

  public LocalDate getPrescribedOn() {
    return prescribedOn;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
