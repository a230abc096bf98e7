package health.salus.identity.boundary;

import health.salus.identity.entity.ProfileDetails;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import java.time.Instant;
import java.util.Set;

/** What the pages and the API show of an account; never the password hash. */
public record AccountView(
    long id,
    String username,
    String fullName,
    String email,
    Set<Role> roles,
    Long patientId,
    boolean enabled,
    boolean locked,
    boolean mfaEnabled,
    Instant lastLoginAt,
    Instant createdAt,
    ProfileDetails profile,
    long version) {

  static AccountView of(UserAccount account, Long patientId, Instant now) {
    return new AccountView(
        account.getId(),
        account.getUsername(),
        account.getFullName(),
        account.getEmail(),
        account.getRoles(),
        patientId,
        account.isEnabled(),
        account.isLocked(now),
        account.isMfaEnabled(),
        account.getLastLoginAt(),
        account.getCreatedAt(),
        account.profile(),
        account.getVersion());
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
