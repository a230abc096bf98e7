package health.salus.identity.boundary;

import health.salus.identity.control.AccountStates;
import health.salus.identity.control.AccountStates.AccountChanged;
import health.salus.shared.control.TimedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;

/**
 * Each signed-in user's own account as the pages show it in every header (name, roles, time zone,
 * language), kept across requests like {@link AccountStates}: the same time to live, and dropped
 * when the account changes on this server (profile, language, roles, password, multi-factor), so
 * that a page view does not look the caller up again. The time of the last sign-in may lag by up to
 * the time to live.
 */
@ApplicationScoped
class OwnAccounts {

  private final TimedCache<String, AccountView> views =
      new TimedCache<>(AccountStates.TIME_TO_LIVE, 10_000);

  @Inject Clock clock;

  /** The username's account, from {@code load} when not kept. */
  AccountView of(String username, Function<String, AccountView> load) {
    return views.get(username, clock.instant(), load);
  }

  void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
    views.remove(change.username());
  }
}
