package health.salus.identity.view;

import health.salus.identity.boundary.AccountView;
import health.salus.identity.entity.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One line of the accounts table: small and serialisable, as view state must be. */
public record AccountRow(
    long id,
    String username,
    String fullName,
    String email,
    List<Role> roles,
    boolean enabled,
    boolean locked,
    boolean mfaEnabled,
    Instant lastLoginAt)
    implements Serializable {

  static AccountRow of(AccountView account) {
    return new AccountRow(
        account.id(),
        account.username(),
        account.fullName(),
        account.email(),
        account.roles().stream().sorted().toList(),
        account.enabled(),
        account.locked(),
        account.mfaEnabled(),
        account.lastLoginAt());
  }

  /** ENABLED, DISABLED or LOCKED: a key suffix for the status words. */
  public String status() {
    if (!enabled) {
      return "DISABLED";
    }
    return locked ? "LOCKED" : "ENABLED";
  }
}
