package health.salus.identity.control;

import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.control.TimedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The state of each account that signed-in sessions are checked against on every request (enabled,
 * roles, a stamp of the credential), cached so that a page request costs no database query.
 *
 * <p>A change made on this server ({@link #changed}: role, disable, enable, password) takes effect
 * at the next request: the entry is dropped at once and again after the change's transaction has
 * ended, so that no request in between caches the old state. Entries live {@link #TIME_TO_LIVE} at
 * most, so a change made on another server of a cluster takes effect here within that time.
 */
@ApplicationScoped
public class AccountStates {

  public static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
  private static final int MAX_ENTRIES = 10_000;

  /** An account's state as sessions see it; absent for an unknown account. */
  public record State(
      boolean enabled, Set<String> roles, String credentialStamp, boolean mfaEnabled) {}

  /** That an account's state changed, observed after the changing transaction ends. */
  public record AccountChanged(String username) {}

  @Inject AccountRepository accounts;
  @Inject Clock clock;
  @Inject Event<AccountChanged> changes;

  private final TimedCache<String, Optional<State>> entries =
      new TimedCache<>(TIME_TO_LIVE, MAX_ENTRIES);

  /** The account's current state; empty when no such account exists. */
  public Optional<State> of(String username) {
    String name = UserAccount.normalise(username);
    if (name == null) {
      return Optional.empty();
    }
    return entries.get(
        name, clock.instant(), n -> accounts.byUsername(n).map(AccountStates::stateOf));
  }

  /**
   * The account changed (roles, enabled, password, multi-factor, profile): sessions and pages see
   * it at their next request.
   */
  public void changed(String username) {
    String name = UserAccount.normalise(username);
    entries.remove(name);
    changes.fire(new AccountChanged(name));
  }

  void afterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged change) {
    entries.remove(change.username());
  }

  public static State stateOf(UserAccount account) {
    return new State(
        account.isEnabled(),
        account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
        stamp(account.getPasswordHash()),
        account.isMfaEnabled());
  }

  /**
   * A short fingerprint of the stored password hash: it changes with the password, and tells
   * nothing about it (sessions keep the stamp, never the hash).
   */
  static String stamp(String passwordHash) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("salus-session:" + passwordHash).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
