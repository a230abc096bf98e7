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
 * wait, their time, actor and address set, and are written together: with the caller's own
 * transaction, just before it commits, when there is one; with the request's next refusal or
 * failure; or at the request's end ({@link #flush}, called by the web tier before the answer is
 * complete; if it is not, when the request's scope ends). A page's one boundary call thus writes
 * its trail in its own commit: no second transaction, connection or bean call. If that transaction
 * does not commit, what it would have written waits again, for the request's end, so that a read
 * that failed afterwards is still on the trail. A refusal or failure is written at once, after what
 * waits, in a transaction of its own ({@link AuditLogService#write}): the caller's may be about to
 * roll back.
 *
 * <p>A CDI bean, not an enterprise bean: recording is a call on every read of patient data, and an
 * enterprise bean's call (security, transaction suspended and resumed) cost more than the entry.
 */
@ApplicationScoped
public class AuditTrail {

  /** The key under which a transaction holds its write of the trail (once per transaction). */
  private static final Object WRITE_AT_COMMIT = AuditTrail.class.getName() + ".writeAtCommit";

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
    } catch (ContextNotActiveException outsideARequest) {
      return false;
    }
    writeAtCommit();
    return true;
  }

  /**
   * Once per transaction of the caller's that is still going to commit: what waits is written in
   * it, just before its commit (an interposed synchronization: after the persistence context has
   * been flushed).
   */
  private void writeAtCommit() {
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
        && transactions.getResource(WRITE_AT_COMMIT) == null) {
      transactions.putResource(WRITE_AT_COMMIT, Boolean.TRUE);
      transactions.registerInterposedSynchronization(new WriteAtCommit());
    }
  }

  private List<AuditEntry> drainPending() {
    try {
      return pending.drain();
    } catch (ContextNotActiveException outsideARequest) {
      return List.of();
    }
  }

  /** Writes what waits with the transaction it was recorded in; waits again if that fails. */
  private final class WriteAtCommit implements Synchronization {

    private List<AuditEntry> written = List.of();

    @Override
    public void beforeCompletion() {
      written = drainPending();
      if (!written.isEmpty()) {
        long start = System.nanoTime();
        repository.append(written);
        count(System.nanoTime() - start);
      }
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED || written.isEmpty()) {
        return;
      }
      try {
        pending.add(written);
      } catch (ContextNotActiveException outsideARequest) {
        log.write(written);
      }
    }
  }

  private void count(long elapsedNanos) {
    try {
      cost.add(elapsedNanos);
    } catch (ContextNotActiveException outsideARequest) {
      // A timer writes the trail: no request to report it to.
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
