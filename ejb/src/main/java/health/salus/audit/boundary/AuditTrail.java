package health.salus.audit.boundary;

import health.salus.audit.control.AuditRepository;
import health.salus.audit.entity.AuditEntry;
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
import java.security.Principal;
import java.time.Clock;
import java.util.List;

/**
 * The audit trail: the one mechanism every feature calls to record who did what to whose data, and
 * the administrators' search over it.
 */
@Stateless
public class AuditTrail {

  @Resource SessionContext session;
  @Inject AuditRepository repository;
  @Inject CallerContext callerContext;
  @Inject Clock clock;

  /**
   * Appends an entry. Runs in a transaction of its own (REQUIRES_NEW) so that the entry stays even
   * when the caller's transaction rolls back, as it does for a denied action. Open to every caller
   * (PermitAll): anonymous sign-in failures are audited too, and the callers are boundaries that
   * have already checked their own permissions.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditEvent event) {
    append(event);
  }

  /**
   * Appends several entries in one transaction of its own, as {@link #record} does one: a read that
   * returned many patients' data writes one entry per patient.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAll(List<AuditEvent> events) {
    events.forEach(this::append);
  }

  private void append(AuditEvent event) {
    repository.append(
        new AuditEntry(
            clock.instant(),
            event.actor() != null ? event.actor() : callerName(),
            event.onBehalfOf(),
            event.patientId(),
            event.action(),
            event.objectType(),
            event.objectId(),
            event.outcome(),
            event.purpose(),
            clientAddress(),
            event.detail()));
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

  private String clientAddress() {
    try {
      return callerContext.clientAddress();
    } catch (ContextNotActiveException outsideARequest) {
      return null;
    }
  }
}
