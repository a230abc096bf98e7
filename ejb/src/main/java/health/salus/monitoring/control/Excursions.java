package health.salus.monitoring.control;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.monitoring.boundary.ReadingAlertRaised;
import health.salus.monitoring.entity.Excursion;
import health.salus.monitoring.entity.ReadingAlert;
import health.salus.monitoring.entity.ReadingType;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps each patient's excursion per type and raises the care team's alert when one begins. Called
 * with the patient's row locked (see {@link MonitoringRepository#lockedPatient}), so two values
 * that race are taken one after the other and one excursion never raises two alerts.
 */
@Dependent
public class Excursions {

  @Inject MonitoringRepository repository;
  @Inject Event<ReadingAlertRaised> raised;
  @Inject Clock clock;

  /**
   * Takes in a patient's new value of a type: whether it is within the range {@code low..high} (the
   * bounds for the alert's record). Returns the alert when this value begins an excursion.
   */
  public Optional<ReadingAlert> observe(
      Patient patient,
      ReadingType type,
      double value,
      boolean inRange,
      Double low,
      Double high,
      Instant takenAt) {
    Instant now = clock.instant();
    Excursion excursion =
        repository
            .excursion(patient.getId(), type)
            .orElseGet(
                () -> {
                  Excursion first = new Excursion(patient, type, now);
                  repository.add(first);
                  return first;
                });
    if (!excursion.observe(inRange, now)) {
      return Optional.empty();
    }
    ReadingAlert alert = new ReadingAlert(patient, type, value, low, high, takenAt, now);
    repository.add(alert);
    repository.flush();
    raised.fire(
        new ReadingAlertRaised(
            alert.getId(),
            patient.getId(),
            patient.getFullName(),
            type,
            value,
            type.unit(),
            takenAt,
            repository.careTeamClinicians(patient.getId()).stream()
                .map(UserAccount::getId)
                .toList()));
    return Optional.of(alert);
  }
}
