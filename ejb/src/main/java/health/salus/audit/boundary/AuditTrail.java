package health.salus.audit.boundary;

import health.salus.audit.control.AuditCostMeter;
import health.salus.audit.control.AuditRepository;
import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.Page;
import health.salus.shared.control.CallerContext;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail: the one mechanism every feature calls to record who did what to whose data, and
 * the administrators' search over it.
 */
@Stateless
public class AuditTrail {

  @Resource SessionContext session;
  @Inject AuditRepository repository;
  @Inject PendingAuditEntries pending;
  @Inject CallerContext callerContext;
  @Inject ActingFor actingFor;
  @Inject Clock clock;

  /**
   * Appends an entry, in a transaction of its own so that it stays even when the caller's
   * transaction rolls back, as it does for a denied action. Open to every caller (PermitAll):
   * anonymous sign-in failures are audited too, and the callers are boundaries that have already
   * checked their own permissions.
   *
   * <p>Within a request, granted accesses and successful actions ({@code ALLOWED}, {@code SUCCESS})
   * wait, their time, actor and address set, and are written in one transaction with the request's
   * next refusal or failure or at its end ({@link #flush}, called by the web tier before the answer
   * is complete; if it is not, when the request's scope ends): one write of the trail per request
   * instead of one per decision. A refusal or failure is written at once, after what waits.
   *
   * <p>Outside the caller's transaction (NOT_SUPPORTED): it may already be marked for rollback (a
   * refused action), which a method joining it could not run in.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void record(AuditEvent event) {
    recordAll(List.of(event));
  }

  /**
   * Appends several entries, as {@link #record} does one: a read that returned many patients' data
   * writes one entry per patient.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void recordAll(List<AuditEvent> events) {
    List<AuditEntry> entries = events.stream().map(this::entryOf).toList();
    if (entries.stream().allMatch(AuditTrail::mayWait) && waitInThisRequest(entries)) {
      return;
    }
    List<AuditEntry> all = new ArrayList<>(drainPending());
    all.addAll(entries);
    self().write(all);
  }

  /**
   * Writes the entries of this request that wait, if any (see {@link #record}), in a transaction of
   * its own as {@link #write} does: one call of the bean at the end of a request, not two.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Interceptors(AuditCostMeter.class)
  public void flush() {
    List<AuditEntry> waiting = drainPending();
    if (!waiting.isEmpty()) {
      repository.append(waiting);
    }
  }

  /** Writes these entries in one transaction of its own (REQUIRES_NEW, as {@link #record} says). */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Interceptors(AuditCostMeter.class)
  public void write(List<AuditEntry> entries) {
    repository.append(entries);
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

  private AuditTrail self() {
    return session.getBusinessObject(AuditTrail.class);
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

  /** Searches the whole trail, newest first (administrators only). */
  @RolesAllowed(Role.Names.ADMIN)
  public Page<AuditRecord> search(AuditQuery query, int page, int size) {
    return new Page<>(
        repository.search(query, page, size).stream().map(AuditRecord::of).toList(),
        repository.count(query),
        page,
        size);
  }

  private String callerName() {
    Principal principal = session.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
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
