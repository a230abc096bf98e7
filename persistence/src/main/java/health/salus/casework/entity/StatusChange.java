package health.salus.casework.entity;

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
import java.time.Instant;

/** One move of a case's status: from, to, why (an outcome, a reason), who and when. */
@Entity
@Table(name = "care_case_status_change")
public class StatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  /**
   * The case's patient, kept on the change too (never changed): the patient timeline reads a
   * patient's status changes newest first along (patient_id, changed_at, id).
   */
  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private CaseStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private CaseStatus to;

  private String note;

  @ManyToOne(optional = false)
  @JoinColumn(name = "changed_by")
  private UserAccount changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected StatusChange() {}

  StatusChange(
      CareCase careCase,
      CaseStatus from,
      CaseStatus to,
      String note,
      UserAccount changedBy,
      Instant changedAt) {
    this.careCase = careCase;
    this.patientId = careCase.getPatient().getId();
    this.from = from;
    this.to = to;
    this.note = note;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public CaseStatus getFrom() {
    return from;
  }

  public CaseStatus getTo() {
    return to;
  }

  public String getNote() {
    return note;
  }

  public UserAccount getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
