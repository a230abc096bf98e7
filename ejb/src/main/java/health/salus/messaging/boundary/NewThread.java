package health.salus.messaging.boundary;

/**
 * A new conversation as a patient or a carer starts it: to a practitioner or educator by username
 * ({@code toUsername}) or to the patient's care team ({@code toTeam: "CARE_TEAM"}), exactly one of
 * them; a subject and the first message (Markdown); the patient it is about ({@code patientId}, for
 * a carer; a patient's own when absent).
 */
public record NewThread(
    String toUsername, String toTeam, String subject, String body, Long patientId) {}
