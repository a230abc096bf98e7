package health.salus.casework.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.casework.control.CaseworkRepository;
import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseReview;
import health.salus.casework.entity.CaseTask;
import health.salus.shared.control.SiteCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * One claim of the casework rounds, each in a transaction of its own (REQUIRES_NEW: one lost claim
 * must not undo the others). The claim is an update that changes the row only while it is
 * unclaimed, so when two servers claim at once the database lets exactly one of them win; only the
 * winner creates the review task or tells the assignee, in the same transaction as its claim.
 */
@Stateless
public class CaseworkClaims {

  @Inject CaseworkRepository repository;
  @Inject AuditTrail audit;
  @Inject Event<TaskOverdue> overdue;
  @Inject SiteCalendar site;

  /** Claims a due review and creates "Review the case" for the case manager; false if lost. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean reviewDue(long reviewId, String node) {
    Instant now = site.clock().instant();
    if (!repository.claimReview(reviewId, node, now)) {
      return false;
    }
    CaseReview review = repository.review(reviewId).orElseThrow();
    CaseTask task = review.taskCreated(now);
    repository.add(task);
    review.next(site.today(), now).ifPresent(repository::add);
    repository.flush();
    CareCase c = review.getCareCase();
    audit.record(
        AuditEvent.of("CASE_REVIEW_DUE", AuditOutcome.SUCCESS)
            .withActor("system")
            .aboutPatient(c.getPatient().getId())
            .object("CaseTask", task.getId())
            .detail("review of " + review.getDueOn() + " by " + node));
    return true;
  }

  /** Claims the overdue alert of a task and tells its assignee; false if lost. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean taskOverdue(long taskId) {
    if (!repository.claimOverdueAlert(taskId, site.clock().instant())) {
      return false;
    }
    CaseTask task = repository.task(taskId).orElseThrow();
    audit.record(
        AuditEvent.of("CASE_TASK_OVERDUE", AuditOutcome.SUCCESS)
            .withActor("system")
            .aboutPatient(task.getCareCase().getPatient().getId())
            .object("CaseTask", taskId)
            .detail("due " + task.getDueDate() + ", told " + task.getAssignee().getUsername()));
    overdue.fire(
        new TaskOverdue(
            taskId,
            task.getCareCase().getId(),
            task.getAssignee().getId(),
            task.getTitle(),
            task.getDueDate()));
    return true;
  }
}
