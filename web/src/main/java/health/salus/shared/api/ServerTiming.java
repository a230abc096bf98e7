package health.salus.shared.api;

import health.salus.audit.boundary.AuditCost;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.boundary.PendingAuditEntries;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Says in a {@code Server-Timing} header (W3C Server Timing) what an API request cost on the
 * server: {@code app}, the whole request from its matching to its answer, and {@code audit}, the
 * part spent writing the audit trail (its writes counted in the description), which this filter
 * completes by writing what the request left waiting. Browsers' developer tools show it;
 * ear/bench/records.sh measures with it how much auditing adds to a read.
 */
@Provider
@PreMatching
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

  /** The header's name. */
  public static final String NAME = "Server-Timing";

  private static final String STARTED = ServerTiming.class.getName() + ".started";

  @Inject AuditCost auditCost;
  @Inject AuditTrail audit;
  @Inject PendingAuditEntries pending;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    // What the request left waiting is written now, before the answer leaves, and counted.
    if (!pending.isEmpty()) {
      audit.flush();
    }
    response
        .getHeaders()
        .putSingle(
            NAME,
            String.format(
                Locale.ROOT,
                "app;dur=%.2f, audit;dur=%.2f;desc=\"%d writes\"",
                millis(System.nanoTime() - started),
                millis(auditCost.nanos()),
                auditCost.writes()));
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
