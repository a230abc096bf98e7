package health.salus.records.boundary;

import java.time.LocalDate;

/**
 * An allergy as a clinician enters or corrects it: {@code severity} {@code MILD}, {@code MODERATE}
 * or {@code SEVERE}; {@code recordedOn} defaults to today; {@code reason} for a correction only.
 */
public record NewAllergy(
    String substance, String reaction, String severity, LocalDate recordedOn, String reason) {}
