package health.salus.audit.boundary;

import health.salus.audit.entity.AuditEntry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit entries of this request that wait to be written together: granted accesses and
 * successful actions, each with its time, actor and address already set. The audit trail writes
 * them with the request's next refusal or failure, or when the request ends (see {@code
 * AuditTrail}), so that a read costs one write of the trail, not one per decision. Whatever still
 * waits when the request's scope ends (a request the web tier did not flush, a timer's work) is
 * written then.
 *
 * <p>In the boundary so that the web tier can ask {@link #isEmpty} before it flushes: most requests
 * (the public pages, scripts and styles) leave nothing, and each flush is a call into the EJB
 * container.
 */
@RequestScoped
public class PendingAuditEntries {

  private final List<AuditEntry> entries = new ArrayList<>();

  public void add(List<AuditEntry> more) {
    entries.addAll(more);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries waiting, in the order they came, and none left waiting. */
  public List<AuditEntry> drain() {
    List<AuditEntry> all = List.copyOf(entries);
    entries.clear();
    return all;
  }

  /**
   * Writes what still waits. The store is looked up here, when needed, not injected: an injected
   * {@code Instance} was built with this bean on every audited request (1.6 % of a page's time).
   */
  @PreDestroy
  void writeWhatStillWaits() {
    if (!entries.isEmpty()) {
      CDI.current().select(AuditLogService.class).get().write(drain());
    }
  }
}
