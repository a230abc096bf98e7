package health.salus.feedback.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.feedback.control.FeedbackRepository;
import health.salus.feedback.control.SlaSettings;
import health.salus.feedback.entity.Complaint;
import health.salus.feedback.entity.ComplaintAction;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Marks one complaint's SLA breaches, once each, and tells the staff, in a transaction of its own
 * (REQUIRES_NEW: one complaint's lost race must not undo the others' marks). The version of the
 * complaint makes the flush of a second server's mark fail, so the notice is sent once.
 */
@Stateless
public class ComplaintBreachMarking {

  @Inject FeedbackRepository repository;
  @Inject SlaSettings sla;
  @Inject AuditTrail audit;
  @Inject Event<ComplaintOverdue> overdue;

  /** Marks what is overdue and not yet marked; answers how many breaches were marked. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int mark(long complaintId) {
    Complaint c = repository.complaintForUpdate(complaintId);
    if (c == null) {
      return 0;
    }
    Instant now = sla.clock().now();
    int marked = 0;
    if (c.markAcknowledgementOverdue(now)) {
      marked++;
      escalate(c, ComplaintAction.ACK_OVERDUE, c.getAcknowledgeBy());
    }
    if (c.markResolutionOverdue(now)) {
      marked++;
      escalate(c, ComplaintAction.RESOLUTION_OVERDUE, c.getResolveBy());
    }
    repository.flush();
    return marked;
  }

  private void escalate(Complaint c, ComplaintAction breach, Instant due) {
    audit.record(
        AuditEvent.of("COMPLAINT_ESCALATE", AuditOutcome.SUCCESS)
            .withActor("system")
            .aboutPatient(c.getPatient().getId())
            .object("Complaint", c.getId())
            .detail(breach + " due " + due));
    overdue.fire(
        new ComplaintOverdue(
            c.getId(), c.getPatient().getId(), c.getPatient().getFullName(), breach, due));
  }
}
