package health.salus.identity.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.control.MfaRepository;
import health.salus.identity.control.SignInPolicy;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.SecurityPolicy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The administrator's sign-in policy: whether staff and administrators (every role but PATIENT and
 * CARER) must use multi-factor sign-in. Off until switched on. While on, such an account without it
 * is sent to set it up before anything else on the pages, and refused (403) on the API but for
 * setting it up. A change applies at the next request and is audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SignInPolicyService {

  static final String ACTION_POLICY = "MFA_POLICY";

  @Resource SessionContext session;
  @Inject MfaRepository repository;
  @Inject SignInPolicy policy;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Whether multi-factor sign-in is required for staff and administrators. */
  public boolean mfaRequiredForStaff() {
    return repository.policy().isMfaRequiredForStaff();
  }

  /** Switches the requirement on or off (nothing happens, and nothing is audited, if unchanged). */
  public void requireMfaForStaff(boolean required) {
    SecurityPolicy current = repository.policy();
    if (current.requireMfaForStaff(
        required, session.getCallerPrincipal().getName(), clock.instant())) {
      policy.changed();
      audit.record(
          AuditEvent.of(ACTION_POLICY, AuditOutcome.SUCCESS)
              .object("SecurityPolicy", SecurityPolicy.THE_POLICY)
              .detail(required ? "MFA required for staff and administrators" : "MFA optional"));
    }
  }
}
