package health.salus.scheduling.boundary;

import java.time.Instant;

/** Whether the patient has a working feed URL and since when; never the secret itself. */
public record CalendarFeedStatus(boolean active, Instant createdAt) {}
