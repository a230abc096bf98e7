package health.salus.identity.control;

import health.salus.identity.entity.Role;
import health.salus.identity.entity.SecurityPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;

/**
 * Whether the administrator requires multi-factor sign-in for staff and administrators, cached like
 * {@link AccountStates} (it is asked on every request): a change made on this server applies at the
 * next request, one made on another server of a cluster within {@link #TIME_TO_LIVE}.
 */
@ApplicationScoped
public class SignInPolicy {

  static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

  private record Entry(boolean required, Instant expiresAt) {}

  /** That the policy changed, observed after the changing transaction ends. */
  public record PolicyChanged() {}

  @Inject MfaRepository repository;
  @Inject Clock clock;
  @Inject Event<PolicyChanged> changes;

  private volatile Entry entry;

  /** Whether the rule is on. */
  public boolean mfaRequiredForStaff() {
    Instant now = clock.instant();
    Entry current = entry;
    if (current == null || !now.isBefore(current.expiresAt())) {
      SecurityPolicy policy = repository.policy();
      current = new Entry(policy != null && policy.isMfaRequiredForStaff(), now.plus(TIME_TO_LIVE));
      entry = current;
    }
    return current.required();
  }

  /** Whether an account with these role names must set up multi-factor sign-in now. */
  public boolean requiresSetUp(Collection<String> roles, boolean mfaEnabled) {
    if (mfaEnabled || roles.isEmpty()) {
      return false;
    }
    EnumSet<Role> held = EnumSet.noneOf(Role.class);
    roles.forEach(name -> held.add(Role.valueOf(name)));
    return SecurityPolicy.appliesTo(mfaRequiredForStaff(), held);
  }

  /**
   * The rule changed: read it again at the next request (dropped now and again once the change's
   * transaction has ended, so that no request in between caches the old rule).
   */
  public void changed() {
    entry = null;
    changes.fire(new PolicyChanged());
  }

  void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) PolicyChanged change) {
    entry = null;
  }
}
