package health.salus.monitoring.boundary;

import health.salus.monitoring.entity.Reading;
import health.salus.monitoring.entity.ReadingType;
import java.io.Serializable;
import java.time.Instant;

/**
 * A reading as the API and the pages show it: the value in the type's unit, and what was entered
 * when it differs (glucose in mg/dL).
 */
public record ReadingView(
    long id,
    long patientId,
    ReadingType type,
    double value,
    String unit,
    double enteredValue,
    String enteredUnit,
    Instant takenAt)
    implements Serializable {

  public static ReadingView of(Reading reading) {
    return new ReadingView(
        reading.getId(),
        reading.getPatient().getId(),
        reading.getType(),
        reading.getValue(),
        reading.getType().unit(),
        reading.getEnteredValue(),
        reading.getEnteredUnit(),
        reading.getTakenAt());
  }
}
