package health.salus.feedback.boundary;

/** The patient's feedback tile on the home page: appointments to rate, and the NPS question. */
public record FeedbackTile(int toRate, NpsStatus nps) {}
