package health.salus.education.boundary;

/**
 * Who to enrol: a patient's own when absent; a clinician or case manager names the patient and may
 * say why they assign the programme ({@code reason}, up to 500 characters, shown to the patient).
 * One constructor only: JSON-B reads a record through its only constructor.
 */
public record EnrolmentRequest(Long patientId, String reason) {}
