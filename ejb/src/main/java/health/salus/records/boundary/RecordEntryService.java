package health.salus.records.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.records.control.RecordRepository;
import health.salus.records.entity.Allergy;
import health.salus.records.entity.AllergySeverity;
import health.salus.records.entity.Condition;
import health.salus.records.entity.ConditionStatus;
import health.salus.records.entity.Immunisation;
import health.salus.records.entity.Observation;
import health.salus.records.entity.RecordEntry;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.InputValidation;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/**
 * A clinician of the patient's care team enters conditions, allergies, results and immunisations,
 * and corrects them. A correction never overwrites: it is a new version that names the version it
 * corrects, with the reason, and that version stays in the entry's history. Only the current
 * version may be corrected: correcting one that someone else has corrected meanwhile is a conflict
 * (409), also when both corrections race (the database keeps one successor per version). A
 * clinician outside the care team, and a patient that does not exist, is not found (404, the access
 * policy audits the refusal); bad input is 400 and stores nothing. Every entry and correction is
 * audited about the patient.
 */
@Stateless
@RolesAllowed(Role.Names.CLINICIAN)
public class RecordEntryService {

  @Inject RecordRepository repository;
  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Who enters a version, for whom, when. */
  private record Entering(Patient patient, Practitioner practitioner, Instant at) {}

  /** Enters a condition (201). */
  public ConditionView addCondition(long patientId, NewCondition input) {
    return ConditionView.of(
        add(RecordKind.CONDITION, patientId, input, by -> condition(input, by)));
  }

  /** Corrects the condition whose current version is {@code conditionId} (409 if it is not). */
  public ConditionView correctCondition(long patientId, long conditionId, NewCondition input) {
    return ConditionView.of(
        correct(
            RecordKind.CONDITION,
            patientId,
            conditionId,
            input,
            by -> condition(input, by),
            input == null ? null : input.reason()));
  }

  /** Enters an allergy (201). */
  public AllergyView addAllergy(long patientId, NewAllergy input) {
    return AllergyView.of(add(RecordKind.ALLERGY, patientId, input, by -> allergy(input, by)));
  }

  /** Corrects the allergy whose current version is {@code allergyId} (409 if it is not). */
  public AllergyView correctAllergy(long patientId, long allergyId, NewAllergy input) {
    return AllergyView.of(
        correct(
            RecordKind.ALLERGY,
            patientId,
            allergyId,
            input,
            by -> allergy(input, by),
            input == null ? null : input.reason()));
  }

  /** Enters a result (201); its flag is derived from the value and the range. */
  public ObservationView addObservation(long patientId, NewObservation input) {
    return ObservationView.of(
        add(RecordKind.OBSERVATION, patientId, input, by -> observation(input, by)));
  }

  /** Corrects the result whose current version is {@code observationId} (409 if it is not). */
  public ObservationView correctObservation(
      long patientId, long observationId, NewObservation input) {
    return ObservationView.of(
        correct(
            RecordKind.OBSERVATION,
            patientId,
            observationId,
            input,
            by -> observation(input, by),
            input == null ? null : input.reason()));
  }

  /** Enters an immunisation (201). */
  public ImmunisationView addImmunisation(long patientId, NewImmunisation input) {
    return ImmunisationView.of(
        add(RecordKind.IMMUNISATION, patientId, input, by -> immunisation(input, by)));
  }

  /** Corrects the immunisation whose current version is {@code immunisationId} (409 if not). */
  public ImmunisationView correctImmunisation(
      long patientId, long immunisationId, NewImmunisation input) {
    return ImmunisationView.of(
        correct(
            RecordKind.IMMUNISATION,
            patientId,
            immunisationId,
            input,
            by -> immunisation(input, by),
            input == null ? null : input.reason()));
  }

  private static Condition condition(NewCondition in, Entering by) {
    return new Condition(
        by.patient(),
        in.name(),
        in.code(),
        in.onset(),
        choice("status", in.status(), ConditionStatus.class, "records.condition.status"),
        in.note(),
        by.practitioner(),
        by.at());
  }

  private static Allergy allergy(NewAllergy in, Entering by) {
    return new Allergy(
        by.patient(),
        in.substance(),
        in.reaction(),
        choice("severity", in.severity(), AllergySeverity.class, "records.allergy.severity"),
        in.recordedOn(),
        by.practitioner(),
        by.at());
  }

  private static Observation observation(NewObservation in, Entering by) {
    return new Observation(
        by.patient(),
        in.name(),
        in.code(),
        in.value(),
        in.unit(),
        in.rangeLow(),
        in.rangeHigh(),
        in.effectiveAt(),
        in.releaseAt(),
        by.practitioner(),
        by.at());
  }

  private static Immunisation immunisation(NewImmunisation in, Entering by) {
    return new Immunisation(
        by.patient(),
        in.vaccine(),
        in.givenOn(),
        in.doseNumber(),
        in.note(),
        by.practitioner(),
        by.at());
  }

  /** One of an enum's constants by name (any case); missing or another value: 400. */
  private static <E extends Enum<E>> E choice(
      String field, String value, Class<E> type, String messageKey) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, messageKey);
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw Refusal.invalid(field, messageKey);
    }
  }

  private <E extends RecordEntry> E add(
      RecordKind kind, long patientId, Object input, Function<Entering, E> build) {
    String action = kind.action("ADD");
    E entry = build.apply(entering(action, patientId, input));
    repository.add(entry);
    repository.flush();
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object(kind.objectType(), entry.getId()));
    return entry;
  }

  private <E extends RecordEntry> E correct(
      RecordKind kind,
      long patientId,
      long entryId,
      Object input,
      Function<Entering, E> build,
      String reason) {
    String action = kind.action("CORRECT");
    Entering by = entering(action, patientId, input);
    RecordEntry corrected =
        repository
            .entry(kind.type(), entryId)
            .filter(e -> e.getPatient().getId() == patientId)
            .orElseThrow(() -> new NotFoundException("records.entryNotFound"));
    E next = build.apply(by);
    AuditEvent event =
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object(kind.objectType(), entryId);
    try {
      corrected.correct(next, reason);
    } catch (Refusal refused) {
      if (refused.kind() == Refusal.Kind.CONFLICT) {
        audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      }
      throw refused;
    }
    repository.add(next);
    try {
      repository.flush();
    } catch (PersistenceException lostRace) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "records.superseded"));
      throw new ConflictException(null, "records.superseded");
    }
    audit.record(
        event
            .object(kind.objectType(), next.getId())
            .detail("corrects " + entryId + ": " + reason));
    return next;
  }

  /**
   * The clinician entering for the patient: refused as not found (404) unless they are in the
   * patient's care team, as the access policy decides and audits; then the input must be there.
   */
  private Entering entering(String action, long patientId, Object input) {
    if (!accessPolicy.permits(
        patientId,
        Access.to(action, "Patient", patientId)
            .allowing(Basis.CARE_TEAM)
            .saying("not in the patient's care team"))) {
      throw new NotFoundException("records.patientNotFound");
    }
    validation.check(input);
    Practitioner practitioner =
        repository
            .practitioner(callers.current().practitionerId())
            .orElseThrow(() -> new NotFoundException("records.patientNotFound"));
    Patient patient =
        repository
            .patient(patientId)
            .orElseThrow(() -> new NotFoundException("records.patientNotFound"));
    return new Entering(patient, practitioner, clock.instant());
  }
}
