package health.salus.feedback.boundary;

import health.salus.feedback.entity.Complaint;
import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.ComplaintKind;
import health.salus.feedback.entity.ComplaintStatus;
import health.salus.feedback.entity.Severity;
import java.time.Instant;

/** A complaint in a list: what, whose, where it is and whether it is late. */
public record ComplaintSummaryView(
    long id,
    long patientId,
    String patientName,
    ComplaintKind kind,
    ComplaintCategory category,
    Severity severity,
    ComplaintStatus status,
    Instant receivedAt,
    Instant acknowledgeBy,
    Instant resolveBy,
    boolean acknowledgementOverdue,
    boolean resolutionOverdue) {

  static ComplaintSummaryView of(Complaint c, Instant now) {
    return new ComplaintSummaryView(
        c.getId(),
        c.getPatient().getId(),
        c.getPatient().getFullName(),
        c.getKind(),
        c.getCategory(),
        c.getSeverity(),
        c.getStatus(),
        c.getReceivedAt(),
        c.getAcknowledgeBy(),
        c.getResolveBy(),
        c.isAcknowledgementOverdue(now),
        c.isResolutionOverdue(now));
  }
}
