package health.salus.education.entity;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
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
 * A patient following a programme: who enrolled them (the patient, or a clinician or case manager
 * assigning it), when, and whether every lesson is done.
 */
@Entity
@Table(name = "edu_enrolment")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnrolmentStatus status;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assigned_by")
  private UserAccount assignedBy;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(length = 500)
  private String reason;

  @Version private long version;

  protected Enrolment() {}

  public Enrolment(Patient patient, Programme programme, UserAccount assignedBy, Instant at) {
    this.patient = patient;
    this.programme = programme;
    this.assignedBy = assignedBy;
    this.enrolledAt = at;
    this.status = EnrolmentStatus.ACTIVE;
  }

  /**
   * A clinician or case manager assigns the programme as part of the patient's care, saying why
   * (blank: no reason given).
   */
  public Enrolment(
      Patient patient, Programme programme, UserAccount assignedBy, String reason, Instant at) {
    this(patient, programme, assignedBy, at);
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  /** Every lesson done: the enrolment is complete (once). */
  public void complete(Instant at) {
    if (status == EnrolmentStatus.ACTIVE) {
      status = EnrolmentStatus.COMPLETED;
      completedAt = at;
    }
  }

  /** Whether someone other than the patient enrolled them. */
  public boolean assigned() {
    return patient.getAccount() == null || !patient.getAccount().getId().equals(assignedBy.getId());
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Programme getProgramme() {
    return programme;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public UserAccount getAssignedBy() {
    return assignedBy;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getReason() {
    return reason;
  }

  public long getVersion() {
    return version;
  }
}
