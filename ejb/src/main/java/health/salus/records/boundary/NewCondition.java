package health.salus.records.boundary;

import java.time.LocalDate;

/**
 * A condition as a clinician enters or corrects it: {@code status} {@code ACTIVE} or {@code
 * RESOLVED}; {@code reason} says why, for a correction only (required there).
 */
public record NewCondition(
    String name, String code, LocalDate onset, String status, String note, String reason) {}
