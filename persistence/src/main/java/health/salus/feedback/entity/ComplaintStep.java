package health.salus.feedback.entity;

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

/** One step of a complaint, with the status it left it in; by nobody for an SLA breach. */
@Entity
@Table(name = "feedback_complaint_step")
public class ComplaintStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "complaint_id")
  private Complaint complaint;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintStatus status;

  private String note;

  @ManyToOne
  @JoinColumn(name = "taken_by")
  private UserAccount takenBy;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  protected ComplaintStep() {}

  ComplaintStep(
      Complaint complaint,
      ComplaintAction action,
      ComplaintStatus status,
      String note,
      UserAccount takenBy,
      Instant takenAt) {
    this.complaint = complaint;
    this.action = action;
    this.status = status;
    this.note = note;
    this.takenBy = takenBy;
    this.takenAt = takenAt;
  }

  public Long getId() {
    return id;
  }

  public ComplaintAction getAction() {
    return action;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public UserAccount getTakenBy() {
    return takenBy;
  }

  public Instant getTakenAt() {
    return takenAt;
  }
}
