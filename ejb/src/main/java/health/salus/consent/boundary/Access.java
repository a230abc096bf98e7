package health.salus.consent.boundary;

/**
 * What the caller tries to do for a patient, as the audit trail names it: the action, the object it
 * is about and, optionally, why it is refused when it is.
 */
public record Access(String action, String objectType, Object objectId, String refusalDetail) {

  public static Access to(String action, String objectType, Object objectId) {
    return new Access(action, objectType, objectId, null);
  }

  public Access saying(String detail) {
    return new Access(action, objectType, objectId, detail);
  }
}
