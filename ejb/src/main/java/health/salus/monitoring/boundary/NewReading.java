package health.salus.monitoring.boundary;

import java.time.Instant;

/**
 * A reading as a patient enters it: the type's name ({@code BLOOD_GLUCOSE}...), the value in the
 * unit named, and when it was taken. Checked by the reading itself (unit per type, plausible value,
 * time), so that a bad one changes nothing.
 */
public record NewReading(String type, Double value, String unit, Instant takenAt) {}
