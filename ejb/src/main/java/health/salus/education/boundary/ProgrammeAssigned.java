package health.salus.education.boundary;

/**
 * A clinician or case manager assigned a programme to a patient (fired in the assigning
 * transaction): the patient is told who and why, in their language, so the titles come in both.
 */
public record ProgrammeAssigned(
    long enrolmentId,
    long patientId,
    long programmeId,
    String programmeTitleEn,
    String programmeTitleZh,
    String assignedByName,
    String reason) {}
