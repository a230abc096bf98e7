package health.salus.casework.entity;

/** A referral is SENT, then ACCEPTED by the service, then COMPLETED with a result. */
public enum ReferralStatus {
  SENT,
  ACCEPTED,
  COMPLETED
}
