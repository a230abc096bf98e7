package health.salus.messaging.entity;

/** How soon staff should deal with a thread: ROUTINE, or URGENT. */
public enum ThreadPriority {
  ROUTINE,
  URGENT
}
