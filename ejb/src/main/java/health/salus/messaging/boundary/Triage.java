package health.salus.messaging.boundary;

/**
 * Staff triage of a thread: who deals with it ({@code assignedTo}, a username of the team; absent:
 * no one), {@code priority} (ROUTINE, URGENT), {@code status} (OPEN, WAITING_ON_PATIENT, CLOSED),
 * {@code category} (GENERAL, APPOINTMENTS, PRESCRIPTIONS, RESULTS, EDUCATION, BILLING; absent: as
 * it is), and the thread's {@code version} as the caller saw it: a thread changed since is refused
 * (409).
 */
public record Triage(
    String assignedTo, String priority, String status, String category, Long version) {}
