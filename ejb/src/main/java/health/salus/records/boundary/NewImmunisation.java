package health.salus.records.boundary;

import java.time.LocalDate;

/**
 * An immunisation as a clinician enters or corrects it: {@code doseNumber} optional (1 to 20);
 * {@code reason} for a correction only.
 */
public record NewImmunisation(
    String vaccine, LocalDate givenOn, Integer doseNumber, String note, String reason) {}
