package health.salus.home.boundary;

import health.salus.billing.boundary.InvoiceService;
import health.salus.feedback.boundary.SatisfactionService;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.messaging.boundary.MessagingService;
import health.salus.prescriptions.boundary.PrescriptionService;
import health.salus.scheduling.boundary.SchedulingHome;
import health.salus.shared.boundary.AccessDeniedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * The signed-in patient's home page in one boundary call: one transaction (one connection) for all
 * its parts instead of one each, each part asked of the feature that owns it.
 */
@Stateless
@RolesAllowed(Role.Names.PATIENT)
public class PatientHomeService {

  /** The refill decisions the home page tells: at most this many... */
  public static final int DECIDED_SHOWN = 3;

  /** ...decided within this while. */
  public static final Duration DECIDED_WITHIN = Duration.ofDays(14);

  @Inject Callers callers;
  @Inject SchedulingHome scheduling;
  @Inject InvoiceService invoices;
  @Inject PrescriptionService prescriptions;
  @Inject SatisfactionService satisfaction;
  @Inject MessagingService messaging;
  @Inject Clock clock;

  /** The caller's own home page, each part read and audited by its feature. */
  public PatientHome tiles() {
    Long patientId = callers.current().patientId();
    if (patientId == null) {
      throw new AccessDeniedException("problem.forbiddenAction");
    }
    return new PatientHome(
        scheduling.next(patientId).orElse(null),
        invoices.myBalance(),
        prescriptions.myRecentDecisions(clock.instant().minus(DECIDED_WITHIN), DECIDED_SHOWN),
        satisfaction.homeTile(null),
        messaging.unreadCount());
  }
}
