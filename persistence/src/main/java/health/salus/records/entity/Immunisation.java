package health.salus.records.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A vaccine given to the patient: which, on what day, optionally which dose of its course, and a
 * note (batch, site). Corrected, never edited ({@link RecordEntry}).
 */
@Entity
@Table(name = "immunisation")
@NamedQuery(
    name = Immunisation.CURRENT_OF_PATIENT,
    query =
        "SELECT i FROM Immunisation i WHERE i.patient.id = :patientId AND i.supersededAt IS NULL"
            + " ORDER BY i.givenOn DESC, i.id DESC")
public class Immunisation extends RecordEntry {

  /** A patient's current immunisations, latest first. */
  public static final String CURRENT_OF_PATIENT = "Immunisation.currentOfPatient";

  static final int MAX_DOSE = 20;

  @Column(nullable = false)
  private String vaccine;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Column(name = "dose_number")
  private Integer doseNumber;

  private String note;

  protected Immunisation() {}

  /**
   * An immunisation as the clinician enters it. Refused (400) without a vaccine or a day, with a
   * day still to come, a dose number outside 1 to 20, or a text too long (vaccine 200, note 1,000
   * characters).
   */
  public Immunisation(
      Patient patient,
      String vaccine,
      LocalDate givenOn,
      Integer doseNumber,
      String note,
      Practitioner enteredBy,
      Instant enteredAt) {
    super(patient, enteredBy, enteredAt);
    this.vaccine = required(vaccine, "vaccine", 200);
    this.givenOn = past(givenOn, "givenOn", enteredAt, true);
    if (doseNumber != null && (doseNumber < 1 || doseNumber > MAX_DOSE)) {
      throw Refusal.invalid("doseNumber", "records.immunisation.dose", MAX_DOSE);
    }
    this.doseNumber = doseNumber;
    this.note = optional(note, "note", 1000);
  }

  public String getVaccine() {
    return vaccine;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public Integer getDoseNumber() {
    return doseNumber;
  }

  public String getNote() {
    return note;
  }
}
