package health.salus.records.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A condition of the patient (a diagnosis or problem): its name, optionally a code (SNOMED CT or
 * ICD-10 as text), when it began and whether it is active or resolved. Corrected, never edited
 * ({@link RecordEntry}).
 */
@Entity
@Table(name = "medical_condition")
@NamedQuery(
    name = Condition.CURRENT_OF_PATIENT,
    query =
        "SELECT c FROM Condition c WHERE c.patient.id = :patientId AND c.supersededAt IS NULL"
            + " ORDER BY c.status, c.name, c.id")
public class Condition extends RecordEntry {

  /** A patient's current conditions, active first, by name. */
  public static final String CURRENT_OF_PATIENT = "Condition.currentOfPatient";

  @Column(nullable = false)
  private String name;

  private String code;

  @Column(name = "onset_on")
  private LocalDate onsetOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConditionStatus status;

  private String note;

  protected Condition() {}

  /**
   * A condition as the clinician enters it. Refused (400) without a name or a status, with an onset
   * still to come, or with a text too long (name 200, code 40, note 1,000 characters).
   */
  public Condition(
      Patient patient,
      String name,
      String code,
      LocalDate onsetOn,
      ConditionStatus status,
      String note,
      Practitioner enteredBy,
      Instant enteredAt) {
    super(patient, enteredBy, enteredAt);
    this.name = required(name, "name", 200);
    this.code = optional(code, "code", 40);
    this.onsetOn = past(onsetOn, "onset", enteredAt, false);
    if (status == null) {
      throw Refusal.invalid("status", "records.condition.status");
    }
    this.status = status;
    this.note = optional(note, "note", 1000);
  }

  public String getName() {
    return name;
  }

  public String getCode() {
    return code;
  }

  public LocalDate getOnsetOn() {
    return onsetOn;
  }

  public ConditionStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }
}
