package health.salus.consent.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * The access decisions already written to the audit trail in this request, so that a request that
 * asks the same question about the same patient many times (a list, a page that reads several
 * parts) leaves one entry per decision.
 */
@RequestScoped
public class DecisionsOfThisRequest {

  private final Set<String> recorded = new HashSet<>();

  /** True the first time this decision is seen in the request. */
  public boolean first(String action, long patientId) {
    return recorded.add(action + "#" + patientId);
  }
}
