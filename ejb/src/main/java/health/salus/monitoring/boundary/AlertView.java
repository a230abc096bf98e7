package health.salus.monitoring.boundary;

import health.salus.monitoring.entity.AlertStatus;
import health.salus.monitoring.entity.ReadingAlert;
import health.salus.monitoring.entity.ReadingType;
import java.io.Serializable;
import java.time.Instant;

/** An alert of the care team as the worklist and the API show it. */
public record AlertView(
    long id,
    long patientId,
    String patientName,
    ReadingType type,
    double value,
    String unit,
    Double low,
    Double high,
    Instant takenAt,
    Instant raisedAt,
    AlertStatus status,
    Instant acknowledgedAt,
    String acknowledgedBy)
    implements Serializable {

  public static AlertView of(ReadingAlert alert) {
    return new AlertView(
        alert.getId(),
        alert.getPatient().getId(),
        alert.getPatient().getFullName(),
        alert.getType(),
        alert.getValue(),
        alert.getType().unit(),
        alert.getLow(),
        alert.getHigh(),
        alert.getTakenAt(),
        alert.getRaisedAt(),
        alert.getStatus(),
        alert.getAcknowledgedAt(),
        alert.getAcknowledgedBy() == null ? null : alert.getAcknowledgedBy().getUsername());
  }

  /** Whether it may still be acknowledged. */
  public boolean acknowledgeable() {
    return status == AlertStatus.OPEN;
  }
}
