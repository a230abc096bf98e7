package health.salus.scheduling.entity;

/** Where a waitlist entry stands: waiting to be told, told once, or left by the patient. */
public enum WaitlistStatus {
  WAITING,
  NOTIFIED,
  CANCELLED
}
