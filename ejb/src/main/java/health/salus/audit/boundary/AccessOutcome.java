package health.salus.audit.boundary;

/** Whether an access to a patient's data went through, as the patient's access history says it. */
public enum AccessOutcome {
  ALLOWED,
  DENIED
}
