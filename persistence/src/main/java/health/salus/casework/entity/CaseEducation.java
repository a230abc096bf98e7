package health.salus.casework.entity;

import health.salus.identity.entity.UserAccount;
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
 * An education programme assigned as part of a case's care plan: which programme (by id and its
 * title when assigned, for the case's history; the programme itself belongs to the education
 * feature, which this row names only by id), the enrolment it made or found ({@code
 * alreadyEnrolled}: the patient followed it before), who assigned it, when and why. Once per case
 * and programme; a closed case takes none. Never changed after.
 */
@Entity
@Table(name = "case_education")
public class CaseEducation {

  /** The longest reason, as the education feature allows it. */
  public static final int REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  /** The case's patient, kept on the row: the timeline reads it along (patient_id, assigned_at). */
  @Column(name = "patient_id", nullable = false, updatable = false)
  private Long patientId;

  @Column(name = "programme_id", nullable = false, updatable = false)
  private long programmeId;

  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private long enrolmentId;

  @Column(name = "programme_title", nullable = false, updatable = false)
  private String programmeTitle;

  @Column(updatable = false)
  private String reason;

  @Column(name = "already_enrolled", nullable = false, updatable = false)
  private boolean alreadyEnrolled;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assigned_by", updatable = false)
  private UserAccount assignedBy;

  @Column(name = "assigned_at", nullable = false, updatable = false)
  private Instant assignedAt;

  protected CaseEducation() {}

  /** A programme assigned on a case not closed (else refused), its title and reason as given. */
  public CaseEducation(
      CareCase careCase,
      long programmeId,
      long enrolmentId,
      String programmeTitle,
      String reason,
      boolean alreadyEnrolled,
      UserAccount assignedBy,
      Instant assignedAt) {
    careCase.requireNotClosed();
    this.careCase = careCase;
    this.patientId = careCase.getPatient().getId();
    this.programmeId = programmeId;
    this.enrolmentId = enrolmentId;
    this.programmeTitle = Texts.required("programmeTitle", programmeTitle, 200);
    this.reason = Texts.optional("reason", reason, REASON_MAX);
    this.alreadyEnrolled = alreadyEnrolled;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
  }

  public Long getId() {
    return id;
  }

  public CareCase getCareCase() {
    return careCase;
  }

  public Long getPatientId() {
    return patientId;
  }

  public long getProgrammeId() {
    return programmeId;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public String getProgrammeTitle() {
    return programmeTitle;
  }

  public String getReason() {
    return reason;
  }

  public boolean isAlreadyEnrolled() {
    return alreadyEnrolled;
  }

  public UserAccount getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
