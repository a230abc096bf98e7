package health.salus.messaging.entity;

/**
 * Where a thread stands for staff: OPEN (the team has something to do), WAITING_ON_PATIENT (the
 * team waits for the patient), CLOSED (done; a new message from the patient opens it again).
 */
public enum ThreadStatus {
  OPEN,
  WAITING_ON_PATIENT,
  CLOSED
}
