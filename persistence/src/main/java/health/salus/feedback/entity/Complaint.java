package health.salus.feedback.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A complaint or compliment in the register. It is RECEIVED when lodged, with the times by which it
 * must be acknowledged and resolved (the SLA, computed by the caller); staff {@link #triage} it
 * (category and severity) while it is open, {@link #acknowledge} it, and {@link #resolve} it with
 * the resolution; the patient may {@link #withdraw} it while it is open. A breach of either time is
 * {@link #markAcknowledgementOverdue marked} once. Every step is kept in the history.
 */
@Entity
@Table(name = "feedback_complaint")
public class Complaint {

  public static final int TEXT_MAX = 4000;

  private static final Set<ComplaintStatus> OPEN =
      EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintCategory category;

  @Enumerated(EnumType.STRING)
  private Severity severity;

  @Column(nullable = false)
  private String description;

  @Column(name = "appointment_id")
  private Long appointmentId;

  @ManyToOne
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintStatus status;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lodged_by")
  private UserAccount lodgedBy;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "acknowledge_by", nullable = false)
  private Instant acknowledgeBy;

  @Column(name = "resolve_by", nullable = false)
  private Instant resolveBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  private String resolution;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "ack_overdue_at")
  private Instant acknowledgementOverdueAt;

  @Column(name = "resolution_overdue_at")
  private Instant resolutionOverdueAt;

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
  @OrderBy("takenAt, id")
  private List<ComplaintStep> history = new ArrayList<>();

  @Version private long version;

  protected Complaint() {}

  /**
   * A new complaint or compliment, RECEIVED at {@code at}; kind, category, description required.
   */
  public Complaint(
      Patient patient,
      ComplaintKind kind,
      ComplaintCategory category,
      String description,
      Long appointmentId,
      Practitioner practitioner,
      UserAccount lodgedBy,
      Instant at,
      Instant acknowledgeBy,
      Instant resolveBy) {
    if (kind == null) {
      throw Refusal.invalid("kind", "feedback.kind.required");
    }
    if (category == null) {
      throw Refusal.invalid("category", "feedback.category.required");
    }
    this.description = FeedbackTexts.required("description", description, TEXT_MAX);
    this.patient = patient;
    this.kind = kind;
    this.category = category;
    this.appointmentId = appointmentId;
    this.practitioner = practitioner;
    this.lodgedBy = lodgedBy;
    this.receivedAt = at;
    this.acknowledgeBy = acknowledgeBy;
    this.resolveBy = resolveBy;
    this.status = ComplaintStatus.RECEIVED;
    step(ComplaintAction.LODGED, null, lodgedBy, at);
  }

  /** Sets the category and severity (both required) while it is open. */
  public void triage(
      ComplaintCategory newCategory,
      Severity newSeverity,
      String note,
      UserAccount by,
      Instant at) {
    if (newSeverity == null) {
      throw Refusal.invalid("severity", "feedback.severity.required");
    }
    requireOpen(ComplaintAction.TRIAGED);
    String text = FeedbackTexts.optional("note", note, TEXT_MAX);
    if (newCategory != null) {
      this.category = newCategory;
    }
    this.severity = newSeverity;
    step(ComplaintAction.TRIAGED, text, by, at);
  }

  /** RECEIVED → ACKNOWLEDGED, with an optional note to the patient. */
  public void acknowledge(String note, UserAccount by, Instant at) {
    String text = FeedbackTexts.optional("note", note, TEXT_MAX);
    if (status != ComplaintStatus.RECEIVED) {
      throw Refusal.rule("feedback.transitionRefused", status.name(), "ACKNOWLEDGED");
    }
    this.acknowledgedAt = at;
    status = ComplaintStatus.ACKNOWLEDGED;
    step(ComplaintAction.ACKNOWLEDGED, text, by, at);
  }

  /**
   * RECEIVED or ACKNOWLEDGED → RESOLVED, with the resolution (required); resolving one not yet
   * acknowledged acknowledges it too.
   */
  public void resolve(String resolutionText, UserAccount by, Instant at) {
    String text = FeedbackTexts.required("resolution", resolutionText, TEXT_MAX);
    requireOpen(ComplaintAction.RESOLVED);
    if (acknowledgedAt == null) {
      acknowledgedAt = at;
    }
    this.resolution = text;
    this.resolvedAt = at;
    status = ComplaintStatus.RESOLVED;
    step(ComplaintAction.RESOLVED, text, by, at);
  }

  /** The patient withdraws it while it is open, with an optional reason. */
  public void withdraw(String reason, UserAccount by, Instant at) {
    String text = FeedbackTexts.optional("note", reason, TEXT_MAX);
    requireOpen(ComplaintAction.WITHDRAWN);
    this.withdrawnAt = at;
    status = ComplaintStatus.WITHDRAWN;
    step(ComplaintAction.WITHDRAWN, text, by, at);
  }

  /**
   * Marks the missed acknowledgement once: true only the first time it is overdue at {@code at}.
   */
  public boolean markAcknowledgementOverdue(Instant at) {
    if (!isAcknowledgementOverdue(at) || acknowledgementOverdueAt != null) {
      return false;
    }
    acknowledgementOverdueAt = at;
    step(ComplaintAction.ACK_OVERDUE, null, null, at);
    return true;
  }

  /** Marks the missed resolution once: true only the first time it is overdue at {@code at}. */
  public boolean markResolutionOverdue(Instant at) {
    if (!isResolutionOverdue(at) || resolutionOverdueAt != null) {
      return false;
    }
    resolutionOverdueAt = at;
    step(ComplaintAction.RESOLUTION_OVERDUE, null, null, at);
    return true;
  }

  /** Still waiting for its acknowledgement after the time allowed. */
  public boolean isAcknowledgementOverdue(Instant now) {
    return status == ComplaintStatus.RECEIVED && now.isAfter(acknowledgeBy);
  }

  /** Still open after the time allowed to resolve it. */
  public boolean isResolutionOverdue(Instant now) {
    return isOpen() && now.isAfter(resolveBy);
  }

  public boolean isOpen() {
    return OPEN.contains(status);
  }

  private void requireOpen(ComplaintAction action) {
    if (!isOpen()) {
      throw Refusal.rule("feedback.transitionRefused", status.name(), action.name());
    }
  }

  private void step(ComplaintAction action, String note, UserAccount by, Instant at) {
    history.add(new ComplaintStep(this, action, status, note, by, at));
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public ComplaintKind getKind() {
    return kind;
  }

  public ComplaintCategory getCategory() {
    return category;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getDescription() {
    return description;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }

  public Practitioner getPractitioner() {
    return practitioner;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public UserAccount getLodgedBy() {
    return lodgedBy;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getAcknowledgeBy() {
    return acknowledgeBy;
  }

  public Instant getResolveBy() {
    return resolveBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public String getResolution() {
    return resolution;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public Instant getAcknowledgementOverdueAt() {
    return acknowledgementOverdueAt;
  }

  public Instant getResolutionOverdueAt() {
    return resolutionOverdueAt;
  }

  public List<ComplaintStep> getHistory() {
    return Collections.unmodifiableList(history);
  }

  public long getVersion() {
    return version;
  }
}
