package health.salus.monitoring.boundary;

/**
 * A threshold's bounds as a clinician sets them: either may be absent, not both; low below high.
 */
public record ThresholdBounds(Double low, Double high) {}
