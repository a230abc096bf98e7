package health.salus.feedback.boundary;

/**
 * An answer to the Net Promoter question, 0 to 10, with an optional comment; {@code patientId} for
 * a carer acting for the patient (default: the caller).
 */
public record NewNpsAnswer(Integer score, String comment, Long patientId) {}
