package health.salus.feedback.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access.Basis;
import health.salus.feedback.control.FeedbackRepository;
import health.salus.feedback.control.SlaSettings;
import health.salus.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** The staff dashboard of the complaints register: open items, overdue ones, SLA performance. */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class ComplaintOverview {

  /** The span of the SLA performance. */
  static final int DAYS = 90;

  @Inject FeedbackRepository repository;
  @Inject SlaSettings sla;
  @Inject AuditTrail audit;

  /**
   * Open items by status and severity, the overdue ones, and of the items received in the last 90
   * days the share acknowledged and resolved in time.
   */
  @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
  public ComplaintDashboard dashboard() {
    Instant now = sla.clock().now();
    long[] figures = repository.slaFigures(now.minus(Duration.ofDays(DAYS)), now);
    audit.record(
        AuditEvent.of("COMPLAINT_DASHBOARD_READ", AuditOutcome.SUCCESS)
            .purpose(Basis.FRONT_DESK.purpose()));
    return new ComplaintDashboard(
        repository.openBy("status", "NONE"),
        repository.openBy("severity", "UNTRIAGED"),
        repository.countAcknowledgementOverdue(now),
        repository.countResolutionOverdue(now),
        DAYS,
        figures[0],
        figures[1],
        ComplaintDashboard.percent(figures[0], figures[1]),
        figures[2],
        figures[3],
        ComplaintDashboard.percent(figures[2], figures[3]));
  }
}
