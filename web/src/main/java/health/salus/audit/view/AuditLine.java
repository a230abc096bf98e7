package health.salus.audit.view;

import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import java.io.Serializable;
import java.time.Instant;

/** One line of the audit table, copied from the entry so that view state stays serialisable. */
public record AuditLine(
    long id,
    Instant occurredAt,
    String actor,
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

  public static AuditLine of(AuditEntry e) {
    return new AuditLine(
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
