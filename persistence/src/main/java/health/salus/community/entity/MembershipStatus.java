package health.salus.community.entity;

/** Whether a membership is in force or waits for approval (private groups). */
public enum MembershipStatus {
  ACTIVE,
  PENDING
}
