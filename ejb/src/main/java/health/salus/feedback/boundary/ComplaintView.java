package health.salus.feedback.boundary;

import health.salus.feedback.entity.Complaint;
import health.salus.feedback.entity.ComplaintAction;
import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.ComplaintKind;
import health.salus.feedback.entity.ComplaintStatus;
import health.salus.feedback.entity.ComplaintStep;
import health.salus.feedback.entity.Severity;
import java.time.Instant;
import java.util.List;

/**
 * A complaint whole, with its history; what the caller may do with it now ({@code
 * mayAcknowledge}...), so pages need not compare statuses.
 */
public record ComplaintView(
    long id,
    long patientId,
    String patientName,
    ComplaintKind kind,
    ComplaintCategory category,
    Severity severity,
    String description,
    Long appointmentId,
    Long practitionerId,
    String practitionerName,
    ComplaintStatus status,
    String lodgedBy,
    Instant receivedAt,
    Instant acknowledgeBy,
    Instant resolveBy,
    Instant acknowledgedAt,
    Instant resolvedAt,
    String resolution,
    boolean acknowledgementOverdue,
    boolean resolutionOverdue,
    long version,
    boolean mayTriage,
    boolean mayAcknowledge,
    boolean mayResolve,
    boolean mayWithdraw,
    List<Step> history) {

  /** A step of the history; {@code by} is null for an SLA breach. */
  public record Step(
      ComplaintAction action, ComplaintStatus status, String note, String by, Instant at) {

    static Step of(ComplaintStep s) {
      return new Step(
          s.getAction(),
          s.getStatus(),
          s.getNote(),
          s.getTakenBy() == null ? null : s.getTakenBy().getFullName(),
          s.getTakenAt());
    }
  }

  static ComplaintView of(Complaint c, Instant now, boolean staff, boolean patientSide) {
    boolean open = c.isOpen();
    return new ComplaintView(
        c.getId(),
        c.getPatient().getId(),
        c.getPatient().getFullName(),
        c.getKind(),
        c.getCategory(),
        c.getSeverity(),
        c.getDescription(),
        c.getAppointmentId(),
        c.getPractitioner() == null ? null : c.getPractitioner().getId(),
        c.getPractitioner() == null ? null : c.getPractitioner().getAccount().getFullName(),
        c.getStatus(),
        c.getLodgedBy().getFullName(),
        c.getReceivedAt(),
        c.getAcknowledgeBy(),
        c.getResolveBy(),
        c.getAcknowledgedAt(),
        c.getResolvedAt(),
        c.getResolution(),
        c.isAcknowledgementOverdue(now),
        c.isResolutionOverdue(now),
        c.getVersion(),
        staff && open,
        staff && c.getStatus() == ComplaintStatus.RECEIVED,
        staff && open,
        patientSide && open,
        c.getHistory().stream().map(Step::of).toList());
  }
}
