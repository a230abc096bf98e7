package health.salus.feedback.entity;

/** A complaint or a compliment. */
public enum ComplaintKind {
  COMPLAINT,
  COMPLIMENT
}
