package health.salus.identity.boundary;

/** The account and patient record made by a registration. */
public record RegisteredPatient(long id, String username, long patientId) {}
