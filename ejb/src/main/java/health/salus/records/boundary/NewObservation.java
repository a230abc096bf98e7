package health.salus.records.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A result as a clinician enters or corrects it: the reference range is optional (either bound
 * alone too), {@code releaseAt} optional (the patient sees it from then on); {@code reason} for a
 * correction only.
 */
public record NewObservation(
    String name,
    String code,
    BigDecimal value,
    String unit,
    BigDecimal rangeLow,
    BigDecimal rangeHigh,
    Instant effectiveAt,
    Instant releaseAt,
    String reason) {}
