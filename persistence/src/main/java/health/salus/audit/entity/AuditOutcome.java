package health.salus.audit.entity;

/** How an audited action ended. */
public enum AuditOutcome {
  /** Done, or access given. */
  SUCCESS,
  /** Refused by a permission, consent or business rule. */
  DENIED,
  /** Failed: wrong credentials, bad input, an error. */
  FAILURE
}
