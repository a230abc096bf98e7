package health.salus.identity.boundary;

import java.io.Serializable;

/** Someone a carer looks after: the patient, and how the carer is related to them. */
public record CaredForPerson(long patientId, String fullName, String relationship)
    implements Serializable {}
