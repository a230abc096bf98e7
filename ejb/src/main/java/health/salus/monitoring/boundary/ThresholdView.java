package health.salus.monitoring.boundary;

import health.salus.monitoring.entity.ReadingType;
import health.salus.monitoring.entity.Threshold;
import java.io.Serializable;
import java.time.Instant;

/** A patient's threshold for a type, with who set it and when. */
public record ThresholdView(
    ReadingType type, Double low, Double high, String unit, String setBy, Instant setAt)
    implements Serializable {

  public static ThresholdView of(Threshold threshold) {
    return new ThresholdView(
        threshold.getType(),
        threshold.getLow(),
        threshold.getHigh(),
        threshold.getType().unit(),
        threshold.getSetBy().getFullName(),
        threshold.getSetAt());
  }
}
