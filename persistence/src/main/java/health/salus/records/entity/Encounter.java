package health.salus.records.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A contact between a practitioner and a patient as the clinician recorded it: the consultation
 * notes and the outcome. Part of the patient's medical record; written once, never edited.
 */
@Entity
@Table(name = "encounter")
public class Encounter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  /** The appointment it followed, if any. */
  @Column(name = "appointment_id")
  private Long appointmentId;

  private String notes;

  @Column(nullable = false)
  private String outcome;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected Encounter() {}

  public Encounter(
      Patient patient,
      Practitioner practitioner,
      Long appointmentId,
      String notes,
      String outcome,
      Instant recordedAt,
      String recordedBy) {
    this.patient = patient;
    this.practitioner = practitioner;
    this.appointmentId = appointmentId;
    this.notes = notes;
    this.outcome = outcome;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Practitioner getPractitioner() {
    return practitioner;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }

  public String getNotes() {
    return notes;
  }

  public String getOutcome() {
    return outcome;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
