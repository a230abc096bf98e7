package health.salus.monitoring.boundary;

import health.salus.monitoring.entity.WellbeingCheckIn;
import java.io.Serializable;
import java.time.Instant;

/**
 * A WHO-5 check-in's score: raw (0..25) and percentage (0..100), whether it is low (50 % or less)
 * and when the next one may be taken.
 */
public record WellbeingView(
    long id, int rawScore, int percent, boolean low, Instant takenAt, Instant nextAllowedAt)
    implements Serializable {

  public static WellbeingView of(WellbeingCheckIn checkIn) {
    return new WellbeingView(
        checkIn.getId(),
        checkIn.getRawScore(),
        checkIn.getPercent(),
        checkIn.isLow(),
        checkIn.getTakenAt(),
        checkIn.nextAllowedAt());
  }
}
