package health.salus.identity.boundary;

import health.salus.identity.control.AccountRepository;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who the accounts behind usernames are (name and roles), for features that show people named in
 * their records, such as a patient's access history. One query for a whole page of names.
 */
@Dependent
public class AccountNames {

  /** An account as others may see it named: username, full name and roles. */
  public record NamedAccount(String username, String fullName, Set<Role> roles)
      implements Serializable {

    public NamedAccount {
      roles = Set.copyOf(roles);
    }
  }

  @Inject AccountRepository accounts;

  /** The known accounts among these usernames, by their (normalised) username. */
  public Map<String, NamedAccount> of(Collection<String> usernames) {
    return accounts.byUsernames(usernames).stream()
        .map(AccountNames::named)
        .collect(Collectors.toMap(NamedAccount::username, Function.identity()));
  }

  private static NamedAccount named(UserAccount a) {
    return new NamedAccount(a.getUsername(), a.getFullName(), a.getRoles());
  }
}
