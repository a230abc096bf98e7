package health.salus.audit.boundary;

import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import java.io.Serializable;
import java.time.Instant;

/** An audit entry as pages and the API show it: a serialisable copy, never the entity. */
public record AuditRecord(
    long id,
    Instant at,
    String actorUsername,
    String onBehalfOf,
    Long patientId,
    String action,
    String objectType,
    String objectId,
    AuditOutcome outcome,
    String purpose,
    String clientAddress,
    String detail)
    implements Serializable {

  static AuditRecord of(AuditEntry e) {
    return new AuditRecord(
        e.getId(),
        e.getOccurredAt(),
        e.getActor(),
        e.getOnBehalfOf(),
        e.getPatientId(),
        e.getAction(),
        e.getObjectType(),
        e.getObjectId(),
        e.getOutcome(),
        e.getPurpose(),
        e.getClientAddress(),
        e.getDetail());
  }

  /** The object as "Type #id", or empty. */
  public String object() {
    if (objectType == null) {
      return objectId == null ? "" : objectId;
    }
    return objectId == null ? objectType : objectType + " #" + objectId;
  }
}
