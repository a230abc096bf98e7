package health.salus.audit.boundary;

import health.salus.audit.entity.AuditOutcome;

/**
 * What to write to the audit trail. Build one with {@link #of(String, AuditOutcome)} and the {@code
 * with...} methods; the actor defaults to the signed-in caller.
 */
public record AuditEvent(
    String action,
    AuditOutcome outcome,
    String actor,
    String onBehalfOf,
    Long patientId,
    String objectType,
    String objectId,
    String purpose,
    String detail) {

  public static AuditEvent of(String action, AuditOutcome outcome) {
    return new AuditEvent(action, outcome, null, null, null, null, null, null, null);
  }

  /** The actor when it is not the caller: the username tried at a failed sign-in. */
  public AuditEvent withActor(String actor) {
    return new AuditEvent(
        action, outcome, actor, onBehalfOf, patientId, objectType, objectId, purpose, detail);
  }

  public AuditEvent onBehalfOf(String username) {
    return new AuditEvent(
        action, outcome, actor, username, patientId, objectType, objectId, purpose, detail);
  }

  /** The patient whose data this is about: the entry shows in that patient's access history. */
  public AuditEvent aboutPatient(Long id) {
    return new AuditEvent(
        action, outcome, actor, onBehalfOf, id, objectType, objectId, purpose, detail);
  }

  public AuditEvent object(String type, Object id) {
    return new AuditEvent(
        action,
        outcome,
        actor,
        onBehalfOf,
        patientId,
        type,
        id == null ? null : id.toString(),
        purpose,
        detail);
  }

  public AuditEvent purpose(String why) {
    return new AuditEvent(
        action, outcome, actor, onBehalfOf, patientId, objectType, objectId, why, detail);
  }

  /** The same event with another outcome (denied, or failed on a rule), saying why. */
  public AuditEvent withOutcome(AuditOutcome other, String why) {
    return new AuditEvent(
        action, other, actor, onBehalfOf, patientId, objectType, objectId, purpose, why);
  }

  public AuditEvent detail(String text) {
    return new AuditEvent(
        action, outcome, actor, onBehalfOf, patientId, objectType, objectId, purpose, text);
  }
}
