package health.salus.messaging.entity;

/**
 * What a thread is about, as whoever triages it says, so that it reaches the right colleague:
 * GENERAL until someone says otherwise.
 */
public enum ThreadCategory {
  GENERAL,
  APPOINTMENTS,
  PRESCRIPTIONS,
  RESULTS,
  EDUCATION,
  BILLING
}
