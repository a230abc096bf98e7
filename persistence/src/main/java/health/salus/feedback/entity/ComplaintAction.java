package health.salus.feedback.entity;

/** A step in a complaint's history; the two OVERDUE steps are the SLA breaches, marked once. */
public enum ComplaintAction {
  LODGED,
  TRIAGED,
  ACKNOWLEDGED,
  RESOLVED,
  WITHDRAWN,
  ACK_OVERDUE,
  RESOLUTION_OVERDUE
}
