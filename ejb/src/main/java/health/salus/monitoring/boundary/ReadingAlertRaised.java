package health.salus.monitoring.boundary;

import health.salus.monitoring.entity.ReadingType;
import java.time.Instant;
import java.util.List;

/**
 * Fired (CDI, synchronously, inside the transaction of the reading or check-in) when an excursion
 * begins and an alert is raised, so that the notification feature tells the care team without
 * monitoring knowing how.
 *
 * @param alertId the alert ({@code /alerts/{id}})
 * @param patientId the patient
 * @param patientName the patient's full name, for the message
 * @param type what went beyond its threshold (WELLBEING: a low WHO-5 score)
 * @param value the value, in the type's unit
 * @param unit the type's unit
 * @param takenAt when the value was taken
 * @param recipientAccountIds the accounts of the clinicians of the patient's care team
 */
public record ReadingAlertRaised(
    long alertId,
    long patientId,
    String patientName,
    ReadingType type,
    double value,
    String unit,
    Instant takenAt,
    List<Long> recipientAccountIds) {}
