package health.salus.audit.boundary;

import health.salus.audit.entity.AuditOutcome;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

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

  /**
   * One successful read entry per patient whose items a list showed, naming the items read: {@code
   * what} and their ids ("requests 4,7"), by patient id.
   */
  public static <T> List<AuditEvent> readsPerPatient(
      String action,
      List<T> items,
      ToLongFunction<T> patientId,
      ToLongFunction<T> id,
      String what) {
    Map<Long, String> idsByPatient =
        items.stream()
            .collect(
                Collectors.groupingBy(
                    patientId::applyAsLong,
                    TreeMap::new,
                    Collectors.mapping(
                        item -> Long.toString(id.applyAsLong(item)),
                        Collectors.joining(",", what + " ", ""))));
    return idsByPatient.entrySet().stream()
        .map(
            e ->
                of(action, AuditOutcome.SUCCESS)
                    .aboutPatient(e.getKey())
                    .object("Patient", e.getKey())
                    .detail(e.getValue()))
        .toList();
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
