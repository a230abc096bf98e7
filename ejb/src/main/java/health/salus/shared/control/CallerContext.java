package health.salus.shared.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Facts about the current request that services need but must not read from HTTP themselves: the
 * client's address, and the groups the web layer told the container the caller has. The web layer
 * fills it in at the start of each request.
 */
@RequestScoped
public class CallerContext {

  private String clientAddress;
  private String callerName;
  private Set<String> callerGroups;

  public String clientAddress() {
    return clientAddress;
  }

  public void setClientAddress(String clientAddress) {
    this.clientAddress = clientAddress;
  }

  /** The caller this request was authenticated as, with the groups the container was given. */
  public void setCaller(String name, Set<String> groups) {
    this.callerName = name;
    this.callerGroups = Set.copyOf(groups);
  }

  /**
   * Whether the caller named so holds the role. Each group is the role of the same name (the domain
   * maps them so), so for the caller this request was authenticated as, the groups answer without
   * asking the container's policy once per role (nine roles a page); for anyone else, or when the
   * web layer told nothing, {@code containerCheck} answers.
   */
  public boolean holds(String name, String role, Predicate<String> containerCheck) {
    return callerGroups != null && name != null && name.equals(callerName)
        ? callerGroups.contains(role)
        : containerCheck.test(role);
  }
}
