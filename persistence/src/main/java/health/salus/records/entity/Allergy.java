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
import java.time.ZoneOffset;

/**
 * An allergy or intolerance: the substance, the reaction it causes, how severe, and the day it was
 * recorded. Corrected, never edited ({@link RecordEntry}).
 */
@Entity
@Table(name = "allergy")
@NamedQuery(
    name = Allergy.CURRENT_OF_PATIENT,
    query =
        "SELECT a FROM Allergy a WHERE a.patient.id = :patientId AND a.supersededAt IS NULL"
            + " ORDER BY a.substance, a.id")
public class Allergy extends RecordEntry {

  /** A patient's current allergies, by substance. */
  public static final String CURRENT_OF_PATIENT = "Allergy.currentOfPatient";

  @Column(nullable = false)
  private String substance;

  private String reaction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AllergySeverity severity;

  @Column(name = "recorded_on", nullable = false)
  private LocalDate recordedOn;

  protected Allergy() {}

  /**
   * An allergy as the clinician enters it; recorded on the day entered unless a day is given.
   * Refused (400) without a substance or a severity, with a day still to come, or with a text too
   * long (substance and reaction 200 characters).
   */
  public Allergy(
      Patient patient,
      String substance,
      String reaction,
      AllergySeverity severity,
      LocalDate recordedOn,
      Practitioner enteredBy,
      Instant enteredAt) {
    super(patient, enteredBy, enteredAt);
    this.substance = required(substance, "substance", 200);
    this.reaction = optional(reaction, "reaction", 200);
    if (severity == null) {
      throw Refusal.invalid("severity", "records.allergy.severity");
    }
    this.severity = severity;
    this.recordedOn =
        recordedOn == null
            ? LocalDate.ofInstant(enteredAt, ZoneOffset.UTC)
            : past(recordedOn, "recordedOn", enteredAt, true);
  }

  public String getSubstance() {
    return substance;
  }

  public String getReaction() {
    return reaction;
  }

  public AllergySeverity getSeverity() {
    return severity;
  }

  public LocalDate getRecordedOn() {
    return recordedOn;
  }
}
