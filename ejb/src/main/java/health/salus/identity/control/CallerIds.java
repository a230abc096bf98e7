package health.salus.identity.control;

import health.salus.identity.control.AccountStates.AccountChanged;
import health.salus.shared.control.TimedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;

/**
 * Who each signed-in username is (the account, patient and practitioner ids), kept across requests
 * like {@link AccountStates} (the same time to live, dropped when the account changes), so that a
 * page request does not look the caller up again. Ids never change; a patient or practitioner
 * record added to an existing account shows within the time to live. Roles are not kept here: they
 * come with each request.
 */
@ApplicationScoped
public class CallerIds {

  /** The records of one account. */
  public record Ids(long accountId, String username, Long patientId, Long practitionerId) {}

  private final TimedCache<String, Ids> ids = new TimedCache<>(AccountStates.TIME_TO_LIVE, 10_000);

  @Inject Clock clock;

  /** The ids of the username's account, from {@code load} when not kept; null for no account. */
  public Ids of(String username, Function<String, Ids> load) {
    return ids.get(username, clock.instant(), load);
  }

  void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
    ids.remove(change.username());
  }
}
