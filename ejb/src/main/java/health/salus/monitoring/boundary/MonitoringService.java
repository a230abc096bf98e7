package health.salus.monitoring.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.consent.entity.ConsentCategory;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.monitoring.control.Excursions;
import health.salus.monitoring.control.MonitoringRepository;
import health.salus.monitoring.entity.Reading;
import health.salus.monitoring.entity.ReadingType;
import health.salus.monitoring.entity.Threshold;
import health.salus.monitoring.entity.WellbeingCheckIn;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A patient's own monitoring: readings and the weekly WHO-5 check-in, and reading them back with
 * the thresholds set for them. A value beyond a threshold, or a WHO-5 of 50 % or less, raises the
 * care team's alert once per excursion. Readers other than the patient are the care team and
 * holders of the patient's READINGS (or ALL) grant, as the access policy decides and audits.
 */
@Stateless
public class MonitoringService {

  /** The most readings {@link #readingsSince} hands out. */
  public static final int CHART_LIMIT = 2000;

  @Inject MonitoringRepository repository;
  @Inject Excursions excursions;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * The signed-in patient records a reading. Refused, and nothing stored, for an unknown type or a
   * bad value or time (400) and for a unit that is not the type's (422). When the patient has a
   * threshold for the type, a value beyond it that begins an excursion raises an alert.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public ReadingView recordReading(NewReading input) {
    Patient patient = lockedSelf();
    AuditEvent event =
        AuditEvent.of("READING_RECORD", AuditOutcome.SUCCESS)
            .aboutPatient(patient.getId())
            .object("Patient", patient.getId());
    Reading reading;
    try {
      reading = reading(patient, input);
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    }
    repository.add(reading);
    repository.flush();
    repository
        .threshold(patient.getId(), reading.getType())
        .ifPresent(t -> observe(patient, reading, t));
    audit.record(event.object("Reading", reading.getId()).detail(reading.getType().name()));
    return ReadingView.of(reading);
  }

  private Reading reading(Patient patient, NewReading input) {
    if (input == null) {
      throw Refusal.invalid("type", "monitoring.typeUnknown");
    }
    if (input.value() == null) {
      throw Refusal.invalid("value", "monitoring.valueRequired");
    }
    return new Reading(
        patient, type(input.type()), input.value(), input.unit(), input.takenAt(), clock.instant());
  }

  private void observe(Patient patient, Reading reading, Threshold threshold) {
    excursions.observe(
        patient,
        reading.getType(),
        reading.getValue(),
        threshold.inRange(reading.getValue()),
        threshold.getLow(),
        threshold.getHigh(),
        reading.getTakenAt());
  }

  /**
   * The signed-in patient takes the WHO-5 check-in (five answers 0..5, else 400): scored raw 0..25
   * and as a percentage. Weekly: a second one within 7 days of the last is refused (409) and the
   * first stays. A score of 50 % or less raises the care team's alert once per excursion.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public WellbeingView checkIn(WellbeingAnswers input) {
    Patient patient = lockedSelf();
    Instant now = clock.instant();
    AuditEvent event =
        AuditEvent.of("READING_WELLBEING_CHECK_IN", AuditOutcome.SUCCESS)
            .aboutPatient(patient.getId())
            .object("Patient", patient.getId());
    WellbeingCheckIn checkIn;
    try {
      Optional<WellbeingCheckIn> last = repository.latestCheckIn(patient.getId());
      if (last.isPresent() && now.isBefore(last.get().nextAllowedAt())) {
        throw new ConflictException(null, "monitoring.checkInTooSoon", last.get().nextAllowedAt());
      }
      checkIn = new WellbeingCheckIn(patient, input == null ? null : input.answers(), now);
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    }
    repository.add(checkIn);
    repository.flush();
    excursions.observe(
        patient,
        ReadingType.WELLBEING,
        checkIn.getPercent(),
        !checkIn.isLow(),
        null,
        null,
        checkIn.getTakenAt());
    audit.record(event.object("WellbeingCheckIn", checkIn.getId()));
    return WellbeingView.of(checkIn);
  }

  /**
   * A patient's readings (of one type, or all), over time: oldest first. For the patient, the care
   * team and holders of a READINGS grant; anyone else, and a patient that does not exist, is not
   * found (404).
   */
  @PermitAll
  @AnySignedIn
  public Page<ReadingView> readingsOf(long patientId, String type, int page, int size) {
    ReadingType wanted = type == null || type.isBlank() ? null : type(type);
    requireReadable(patientId, "READINGS_READ");
    List<ReadingView> items =
        repository.readings(patientId, wanted, page, size).stream().map(ReadingView::of).toList();
    audited("READINGS_READ", patientId);
    return new Page<>(items, repository.countReadings(patientId, wanted), page, size);
  }

  /**
   * A patient's readings of every type taken since a moment, oldest first, at most {@link
   * #CHART_LIMIT} of the latest (for charts); readable as {@link #readingsOf}.
   */
  @PermitAll
  @AnySignedIn
  public List<ReadingView> readingsSince(long patientId, Instant from) {
    requireReadable(patientId, "READINGS_READ");
    List<ReadingView> items =
        repository.readingsSince(patientId, from, CHART_LIMIT).stream()
            .map(ReadingView::of)
            .toList();
    audited("READINGS_READ", patientId);
    return items;
  }

  /** A patient's WHO-5 check-ins over time, oldest first; readable as {@link #readingsOf}. */
  @PermitAll
  @AnySignedIn
  public Page<WellbeingView> wellbeingOf(long patientId, int page, int size) {
    requireReadable(patientId, "READING_WELLBEING_READ");
    List<WellbeingView> items =
        repository.checkIns(patientId, page, size).stream().map(WellbeingView::of).toList();
    audited("READING_WELLBEING_READ", patientId);
    return new Page<>(items, repository.countCheckIns(patientId), page, size);
  }

  /** A patient's thresholds, by type; readable as {@link #readingsOf}. */
  @PermitAll
  @AnySignedIn
  public List<ThresholdView> thresholdsOf(long patientId) {
    requireReadable(patientId, "READING_THRESHOLDS_READ");
    List<ThresholdView> thresholds =
        repository.thresholds(patientId).stream().map(ThresholdView::of).toList();
    audited("READING_THRESHOLDS_READ", patientId);
    return thresholds;
  }

  /** The signed-in patient's id (for their own pages). */
  @RolesAllowed(Role.Names.PATIENT)
  public long myPatientId() {
    return self().getId();
  }

  /** A reading type by name (any case); another name is bad input (400) listing the types. */
  static ReadingType type(String name) {
    try {
      ReadingType type = ReadingType.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
      if (type.isEntered()) {
        return type;
      }
    } catch (IllegalArgumentException | NullPointerException unknown) {
      // answered below
    }
    throw Refusal.invalid("type", "monitoring.typeUnknown");
  }

  private void requireReadable(long patientId, String action) {
    if (!accessPolicy.permits(
        patientId,
        Access.toRead(action, "Patient", patientId, ConsentCategory.READINGS)
            .saying("neither care team nor a grant of the patient's readings"))) {
      throw new NotFoundException("monitoring.patientNotFound");
    }
  }

  private void audited(String action, long patientId) {
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId));
  }

  private Patient self() {
    return callers.patient().orElseThrow(() -> new NotFoundException("monitoring.notAPatient"));
  }

  /** The signed-in patient, their row locked: their monitoring writes run one at a time. */
  private Patient lockedSelf() {
    return repository
        .lockedPatient(self().getId())
        .orElseThrow(() -> new NotFoundException("monitoring.notAPatient"));
  }
}
