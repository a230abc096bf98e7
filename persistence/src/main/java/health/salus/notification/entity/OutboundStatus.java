package health.salus.notification.entity;

/** Where an outgoing e-mail stands. */
public enum OutboundStatus {
  /** Waiting for its due time. */
  PENDING,
  /** Claimed by one server, being sent. */
  SENDING,
  SENT,
  /** Gave up after repeated failures. */
  FAILED,
  /** No longer wanted (the appointment was cancelled or moved). */
  CANCELLED
}
