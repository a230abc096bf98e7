package health.salus.audit.boundary;

import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.control.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail: the one mechanism every feature calls to record who did what to whose data. Open
 * to every caller (anonymous sign-in failures are audited too): the callers are boundaries that
 * have already checked their own permissions. The administrators' search is {@link
 * AuditLogService#search}.
 *
 * <p>Within a request, granted accesses and successful actions ({@code ALLOWED}, {@code SUCCESS})
 * wait, their time, actor and address set, and are written together in one transaction of their own
 * ({@link AuditLogService#write}): with the request's next refusal or failure, or at its end
 * ({@link #flush}, called by the web tier before the answer is complete; if it is not, when the
 * request's scope ends), so that they stay even when the caller's transaction rolls back. A refusal
 * or failure is written at once, after what waits.
 *
 * <p>Not in the caller's own transaction, just before its commit (tried: an interposed
 * synchronization): a connection the pool hands out during {@code beforeCompletion} and takes back
 * there lost track of its state on MariaDB ("state.isBusy already set to false", then "Can't call
 * commit when autocommit=true" and failed requests). Nor inserted at once in the caller's running
 * transaction (tried too): a rollback after the insert leaves a gap in the ids, which holds the
 * chain's sealer back a minute ({@code SealingGate}), and an entry of a transaction that outlasts
 * that minute would commit behind the sealed chain, which its verification reports as slipped in.
 *
 * <p>A CDI bean, not an enterprise bean: recording is a call on every read of patient data, and an
 * enterprise bean's call (security, transaction suspended and resumed) cost more than the entry.
 */
@ApplicationScoped
public class AuditTrail {

  @Inject AuditLogService log;
  @Inject PendingAuditEntries pending;
  @Inject CallerContext callerContext;
  @Inject ActingFor actingFor;
  @Inject Clock clock;
  @Inject Principal caller;

  /** Appends an entry (written at once or with what waits, as the class says). */
  public void record(AuditEvent event) {
    recordAll(List.of(event));
  }

  /**
   * Appends several entries, as {@link #record} does one: a read that returned many patients' data
   * writes one entry per patient.
   */
  public void recordAll(List<AuditEvent> events) {
    List<AuditEntry> entries = events.stream().map(this::entryOf).toList();
    if (entries.stream().allMatch(AuditTrail::mayWait) && waitInThisRequest(entries)) {
      return;
    }
    List<AuditEntry> all = new ArrayList<>(drainPending());
    all.addAll(entries);
    log.write(all);
  }

  /**
   * Writes the entries of this request that still wait, if any, in a transaction of their own: the
   * web tier's call before the answer is complete.
   */
  public void flush() {
    List<AuditEntry> waiting = drainPending();
    if (!waiting.isEmpty()) {
      log.write(waiting);
    }
  }

  private static boolean mayWait(AuditEntry entry) {
    return entry.getOutcome() == AuditOutcome.ALLOWED || entry.getOutcome() == AuditOutcome.SUCCESS;
  }

  private boolean waitInThisRequest(List<AuditEntry> entries) {
    try {
      pending.add(entries);
      return true;
    } catch (ContextNotActiveException outsideARequest) {
      return false;
    }
  }

  private List<AuditEntry> drainPending() {
    try {
      return pending.drain();
    } catch (ContextNotActiveException outsideARequest) {
      return List.of();
    }
  }

  private AuditEntry entryOf(AuditEvent event) {
    return new AuditEntry(
        clock.instant(),
        event.actor() != null ? event.actor() : callerName(),
        event.onBehalfOf() != null ? event.onBehalfOf() : onBehalfOf(event.patientId()),
        event.patientId(),
        event.action(),
        event.objectType(),
        event.objectId(),
        event.outcome(),
        event.purpose(),
        clientAddress(),
        event.detail());
  }

  private String callerName() {
    String name = caller.getName();
    return name == null || "ANONYMOUS".equalsIgnoreCase(name) ? null : name;
  }

  /** The patient the caller acts for as their carer, if the entry is about one. */
  private String onBehalfOf(Long patientId) {
    try {
      return actingFor.patient(patientId).orElse(null);
    } catch (ContextNotActiveException outsideARequest) {
      return null;
    }
  }

  private String clientAddress() {
    try {
      return callerContext.clientAddress();
    } catch (ContextNotActiveException outsideARequest) {
      return null;
    }
  }
}
