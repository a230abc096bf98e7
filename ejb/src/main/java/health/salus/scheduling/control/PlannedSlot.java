package health.salus.scheduling.control;

import health.salus.scheduling.entity.AppointmentMode;
import java.time.Instant;

/** A slot as the availability says it should exist. */
public record PlannedSlot(long siteId, Instant start, Instant end, AppointmentMode mode) {}
