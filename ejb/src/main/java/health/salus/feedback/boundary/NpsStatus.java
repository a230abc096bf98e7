package health.salus.feedback.boundary;

import java.time.Instant;

/** Whether the Net Promoter question is due for the patient, and when it was last answered. */
public record NpsStatus(boolean due, Instant lastAnsweredAt, Instant nextDueAt) {}
