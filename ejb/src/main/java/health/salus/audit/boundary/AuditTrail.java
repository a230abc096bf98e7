package health.salus.audit.boundary;

import health.salus.audit.control.AuditRepository;
import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.control.CallerContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
 * recorded in a boundary's running transaction are inserted at once in that transaction, on the
 * connection it already holds, and commit with it: a read costs one insert, not a transaction of
 * its own. Should that transaction roll back, its entries are not lost: they go back to wait with
 * those recorded outside a transaction, their time, actor and address set, and what waits is
 * written together in one transaction of its own ({@link AuditLogService#write}): with the
 * request's next refusal or failure, or at its end ({@link #flush}, called by the web tier before
 * the answer is complete; if it is not, when the request's scope ends). A refusal or failure is
 * written at once in a transaction of its own (it stays when the caller's rolls back), after what
 * waits.
 *
 * <p>Not in the caller's transaction just before its commit (tried: an interposed synchronization's
 * {@code beforeCompletion}): a connection the pool hands out there and takes back lost track of its
 * state on MariaDB ("state.isBusy already set to false", then "Can't call commit when
 * autocommit=true" and failed requests). The insert here runs while the transaction is active, as
 * any other statement of the boundary does.
 *
 * <p>A CDI bean, not an enterprise bean: recording is a call on every read of patient data, and an
 * enterprise bean's call (security, transaction suspended and resumed) cost more than the entry.
 */
@ApplicationScoped
public class AuditTrail {

  @Inject AuditLogService log;
  @Inject AuditRepository repository;
  @Inject PendingAuditEntries pending;
  @Inject AuditCost cost;
  @Inject CallerContext callerContext;
  @Inject ActingFor actingFor;
  @Inject Clock clock;
  @Inject Principal caller;
  @Resource TransactionSynchronizationRegistry transactions;

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
    if (entries.stream().allMatch(AuditTrail::mayWait)
        && (writeInTheCallersTransaction(entries) || waitInThisRequest(entries))) {
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

  /**
   * Inserts the entries in the caller's running transaction, if there is one and a request to take
   * them back should it roll back; false (nothing written) otherwise.
   */
  private boolean writeInTheCallersTransaction(List<AuditEntry> entries) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || !inARequest()) {
      return false;
    }
    long start = System.nanoTime();
    transactions.registerInterposedSynchronization(new WaitAgainOnRollback(entries));
    repository.append(entries);
    cost.add(System.nanoTime() - start);
    return true;
  }

  private boolean inARequest() {
    try {
      pending.isEmpty();
      return true;
    } catch (ContextNotActiveException outsideARequest) {
      return false;
    }
  }

  /**
   * Entries inserted in a transaction that then rolled back wait again, to be written with what
   * waits (the transaction ends within the boundary's call, in the request that recorded them).
   */
  private final class WaitAgainOnRollback implements Synchronization {

    private final List<AuditEntry> entries;

    WaitAgainOnRollback(List<AuditEntry> entries) {
      this.entries = entries;
    }

    @Override
    public void beforeCompletion() {
      // Written already; only a rollback matters.
    }

    @Override
    public void afterCompletion(int status) {
      if (status != Status.STATUS_COMMITTED && !waitInThisRequest(entries)) {
        log.write(entries);
      }
    }
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
