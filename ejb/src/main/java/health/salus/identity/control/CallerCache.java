package health.salus.identity.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Holds the caller resolved in this request, so that the account, patient and practitioner lookups
 * run once per request however many services ask. Keyed by the principal's name, so a sign-in
 * within the request is never answered with the caller from before it.
 */
@RequestScoped
public class CallerCache {

  private String name;
  private Object caller;

  @SuppressWarnings("unchecked")
  public <T> T get(String principalName) {
    return principalName != null && principalName.equals(name) ? (T) caller : null;
  }

  public void put(String principalName, Object resolved) {
    this.name = principalName;
    this.caller = resolved;
  }
}
