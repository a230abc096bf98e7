package health.salus.audit.entity;

/** How an audited action ended. */
public enum AuditOutcome {
  /** Done. */
  SUCCESS,
  /**
   * Access given: the access policy's decision to let someone other than the patient act for or
   * read about the patient (what was then done is a SUCCESS entry of its own).
   */
  ALLOWED,
  /** Refused by a permission, consent or business rule. */
  DENIED,
  /** Failed: wrong credentials, bad input, an error. */
  FAILURE
}
