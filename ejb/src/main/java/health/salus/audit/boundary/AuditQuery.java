package health.salus.audit.boundary;

import health.salus.audit.entity.AuditOutcome;
import java.time.Instant;

/** Filters for searching the audit trail; any may be null (no filter). */
public record AuditQuery(
    String actor,
    String action,
    AuditOutcome outcome,
    Long patientId,
    String objectType,
    String objectId,
    Instant from,
    Instant to) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null, null, null);
  }
}
