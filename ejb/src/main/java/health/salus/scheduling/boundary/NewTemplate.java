package health.salus.scheduling.boundary;

import java.time.LocalDate;

/**
 * A weekly template ({@code dayOfWeek}, such as MONDAY) or a one-off session ({@code date}): local
 * times {@code start} and {@code end} (HH:mm) at a site (default: the practitioner's), cut into
 * slots of {@code slotMinutes} of one {@code mode}.
 */
public record NewTemplate(
    Long siteId,
    String dayOfWeek,
    LocalDate date,
    String start,
    String end,
    Integer slotMinutes,
    String mode) {}
