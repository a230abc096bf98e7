package health.salus.prescriptions.boundary;

import health.salus.prescriptions.entity.Medication;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A medication as its patient and clinicians see it.
 *
 * @param refillRequestOpen whether a refill request for it waits for a decision
 */
public record MedicationView(
    long id,
    long patientId,
    String name,
    String dose,
    String instructions,
    int refillsRemaining,
    LocalDate prescribedOn,
    boolean active,
    long prescriberId,
    String prescriber,
    boolean refillRequestOpen)
    implements Serializable {

  static MedicationView of(Medication m, boolean refillRequestOpen) {
    return new MedicationView(
        m.getId(),
        m.getPatient().getId(),
        m.getName(),
        m.getDose(),
        m.getInstructions(),
        m.getRefillsRemaining(),
        m.getPrescribedOn(),
        m.isActive(),
        m.getPrescriber().getId(),
        m.getPrescriber().getAccount().getFullName(),
        refillRequestOpen);
  }

  /** Whether the patient may ask for a refill now. */
  public boolean refillable() {
    return whyNotRefillable() == null;
  }

  /**
   * Why a refill cannot be asked for now, in the words {@link PrescriptionService#requestRefill}
   * would refuse it with and in its order (a request still open first, then the medication's own
   * rules), or null when it can.
   */
  public String whyNotRefillable() {
    if (refillRequestOpen) {
      return "refill.alreadyOpen";
    }
    if (!active) {
      return "refill.notActive";
    }
    return refillsRemaining > 0 ? null : "refill.noneRemaining";
  }
}
