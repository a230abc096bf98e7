package health.salus.identity.boundary;

import health.salus.identity.entity.Role;
import java.util.Set;

/**
 * Who is calling, as every feature needs to know it: the account (id and username), the patient and
 * practitioner records where the account has them, and the roles the container granted for this
 * request. An anonymous caller has no account and no roles. Resolved once per request by {@link
 * Callers}.
 */
public record CurrentCaller(
    Long accountId, String username, Long patientId, Long practitionerId, Set<Role> roles) {

  public CurrentCaller {
    roles = Set.copyOf(roles);
  }

  public static CurrentCaller anonymous(String name) {
    return new CurrentCaller(null, name, null, null, Set.of());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Works at the front desk. */
  public boolean isStaff() {
    return has(Role.STAFF);
  }

  /** Whether the caller is the patient with this id. */
  public boolean isPatient(long id) {
    return patientId != null && patientId == id;
  }

  /** Whether the caller is the practitioner with this id. */
  public boolean isPractitioner(long id) {
    return practitionerId != null && practitionerId == id;
  }
}
