package health.salus.audit.boundary;

import health.salus.audit.control.AuditCostMeter;
import health.salus.audit.control.AuditRepository;
import health.salus.audit.entity.AuditEntry;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;

/**
 * The audit trail's store: its writes, each in a transaction of its own, and the administrators'
 * search. Features record through {@link AuditTrail}, which decides when what it has gathered is
 * written here (with a refusal or failure at once, else at the request's end).
 */
@Stateless
public class AuditLogService {

  @Inject AuditRepository repository;

  /**
   * Writes these entries in one transaction of its own (REQUIRES_NEW): they stay even when the
   * caller's transaction rolls back, as it does for a denied action.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Interceptors(AuditCostMeter.class)
  public void write(List<AuditEntry> entries) {
    repository.append(entries);
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
}
