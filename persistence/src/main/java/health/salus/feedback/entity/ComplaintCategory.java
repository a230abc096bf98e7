package health.salus.feedback.entity;

/** What a complaint or compliment is about. */
public enum ComplaintCategory {
  CARE,
  COMMUNICATION,
  ACCESS,
  BILLING,
  PRIVACY,
  OTHER
}
