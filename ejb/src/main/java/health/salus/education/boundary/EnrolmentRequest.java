package health.salus.education.boundary;

/** Who to enrol: a patient's own when absent; a clinician or case manager names the patient. */
public record EnrolmentRequest(Long patientId) {}
