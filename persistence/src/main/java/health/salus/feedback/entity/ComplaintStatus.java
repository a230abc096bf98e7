package health.salus.feedback.entity;

/**
 * Where a complaint is: RECEIVED, then ACKNOWLEDGED, then RESOLVED; WITHDRAWN by the patient before
 * it is resolved.
 */
public enum ComplaintStatus {
  RECEIVED,
  ACKNOWLEDGED,
  RESOLVED,
  WITHDRAWN
}
