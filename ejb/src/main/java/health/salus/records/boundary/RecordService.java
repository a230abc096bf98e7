package health.salus.records.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.consent.entity.ConsentCategory;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.entity.Patient;
import health.salus.prescriptions.boundary.MedicationView;
import health.salus.prescriptions.boundary.PrescriptionService;
import health.salus.records.boundary.MedicalRecord.PatientDetails;
import health.salus.records.control.DocumentRepository;
import health.salus.records.control.RecordRepository;
import health.salus.records.control.RecordRepository.ResultsFilter;
import health.salus.records.entity.Allergy;
import health.salus.records.entity.Condition;
import health.salus.records.entity.Immunisation;
import health.salus.records.entity.Observation;
import health.salus.records.entity.RecordEntry;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reading a patient's medical record: the summary, the results page by page, and the history of an
 * entry. Each category is decided by the access policy on its own (the patient, a clinician of the
 * care team, or an account holding the patient's active grant of the category): CONDITIONS opens
 * conditions, allergies and immunisations, RESULTS the results, MEDICATIONS the medications (the
 * prescriptions feature decides), DOCUMENTS the documents' metadata (see {@link DocumentService}
 * for their bytes). The consultations (encounters) come with CONDITIONS for the patient and the
 * care team only, never under a grant: their notes are written for the care team. A result or a
 * document with a release moment is shown to the care team at once, to the patient and their
 * grantees from that moment on. A reader allowed no category, and a patient that does not exist, is
 * not found (404): no hint of what exists. Every decision is audited by the policy, and each
 * section read with a SUCCESS entry about the patient.
 */
@Stateless
@PermitAll
@AnySignedIn
public class RecordService {

  /** How many of the latest results the summary shows. */
  public static final int LATEST_RESULTS = 50;

  /** How many of the latest consultations the summary shows. */
  public static final int LATEST_ENCOUNTERS = 20;

  /** How many of the latest documents the summary shows. */
  public static final int LATEST_DOCUMENTS = 20;

  @Inject RecordRepository repository;
  @Inject DocumentRepository documents;
  @Inject AccessPolicy accessPolicy;
  @Inject PrescriptionService prescriptions;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The record of the patient as the caller may see it, as the class says. */
  public MedicalRecord recordOf(long patientId) {
    Patient patient = repository.patient(patientId).orElse(null);
    if (patient == null) {
      reading(null, "CONDITIONS_READ", ConsentCategory.CONDITIONS);
      throw new NotFoundException("records.patientNotFound");
    }
    Optional<Basis> conditions = reading(patientId, "CONDITIONS_READ", ConsentCategory.CONDITIONS);
    Optional<Basis> results = reading(patientId, "RESULTS_READ", ConsentCategory.RESULTS);
    Optional<List<MedicationView>> medications = prescriptions.readableMedicationsOf(patientId);
    Optional<Basis> letters = reading(patientId, "DOCUMENTS_READ", ConsentCategory.DOCUMENTS);
    if (conditions.isEmpty() && results.isEmpty() && medications.isEmpty() && letters.isEmpty()) {
      throw new NotFoundException("records.patientNotFound");
    }
    Set<ConsentCategory> sections = EnumSet.noneOf(ConsentCategory.class);
    List<AuditEvent> reads = new ArrayList<>();
    conditions.ifPresent(
        b -> {
          sections.add(ConsentCategory.CONDITIONS);
          reads.add(read("CONDITIONS_READ", patientId));
        });
    medications.ifPresent(m -> sections.add(ConsentCategory.MEDICATIONS));
    ResultsFilter filter = results.map(b -> resultsFilter(patientId, null, b)).orElse(null);
    if (filter != null) {
      sections.add(ConsentCategory.RESULTS);
      reads.add(read("RESULTS_READ", patientId));
    }
    List<DocumentView> letterList = null;
    Long lettersTotal = null;
    if (letters.isPresent()) {
      Instant releasedBy = DocumentService.releasedBy(letters.get(), clock);
      sections.add(ConsentCategory.DOCUMENTS);
      reads.add(read("DOCUMENTS_READ", patientId));
      letterList =
          map(documents.documentsOf(patientId, releasedBy, 0, LATEST_DOCUMENTS), DocumentView::of);
      lettersTotal = documents.countDocuments(patientId, releasedBy);
    }
    MedicalRecord record =
        new MedicalRecord(
            new PatientDetails(patient.getId(), patient.getFullName(), patient.getBirthDate()),
            sections,
            conditions
                .map(b -> map(repository.conditionsOf(patientId), ConditionView::of))
                .orElse(null),
            medications.orElse(null),
            conditions
                .map(b -> map(repository.allergiesOf(patientId), AllergyView::of))
                .orElse(null),
            filter == null
                ? null
                : map(repository.results(filter, 0, LATEST_RESULTS), ObservationView::of),
            filter == null ? null : repository.countResults(filter),
            conditions
                .map(b -> map(repository.immunisationsOf(patientId), ImmunisationView::of))
                .orElse(null),
            conditions
                .filter(b -> b != Basis.CONSENT)
                .map(
                    b ->
                        map(
                            repository.encountersOf(patientId, LATEST_ENCOUNTERS),
                            EncounterView::of))
                .orElse(null),
            letterList,
            lettersTotal);
    audit.recordAll(reads);
    return record;
  }

  /**
   * One page of the patient's results, the latest taken first, of one test when {@code name} is
   * given (its values over time, for a chart); for the readers of RESULTS, else 404.
   */
  public Page<ObservationView> observationsOf(long patientId, String name, int page, int size) {
    Basis basis =
        reading(patientId, "RESULTS_READ", ConsentCategory.RESULTS)
            .orElseThrow(() -> new NotFoundException("records.patientNotFound"));
    ResultsFilter filter =
        resultsFilter(patientId, name == null || name.isBlank() ? null : name.strip(), basis);
    List<ObservationView> items = map(repository.results(filter, page, size), ObservationView::of);
    long total = repository.countResults(filter);
    audit.record(read("RESULTS_READ", patientId));
    return new Page<>(items, total, page, size);
  }

  /** Every version of a condition, the first first; readers as {@link #recordOf}. */
  public List<ConditionView> conditionHistory(long patientId, long conditionId) {
    return history(
        RecordKind.CONDITION, patientId, conditionId, e -> ConditionView.of((Condition) e));
  }

  /** Every version of an allergy, the first first. */
  public List<AllergyView> allergyHistory(long patientId, long allergyId) {
    return history(RecordKind.ALLERGY, patientId, allergyId, e -> AllergyView.of((Allergy) e));
  }

  /**
   * Every version of a result, the first first; to a reader other than the care team only the
   * versions released by now (none: 404).
   */
  public List<ObservationView> observationHistory(long patientId, long observationId) {
    return history(
        RecordKind.OBSERVATION, patientId, observationId, e -> ObservationView.of((Observation) e));
  }

  /** Every version of an immunisation, the first first. */
  public List<ImmunisationView> immunisationHistory(long patientId, long immunisationId) {
    return history(
        RecordKind.IMMUNISATION,
        patientId,
        immunisationId,
        e -> ImmunisationView.of((Immunisation) e));
  }

  private <V> List<V> history(
      RecordKind kind, long patientId, long entryId, Function<RecordEntry, V> view) {
    String action = kind.action("HISTORY_READ");
    Basis basis =
        reading(patientId, action, kind.category())
            .orElseThrow(() -> new NotFoundException("records.patientNotFound"));
    RecordEntry entry =
        repository
            .entry(kind.type(), entryId)
            .filter(e -> e.getPatient().getId() == patientId)
            .orElseThrow(() -> new NotFoundException("records.entryNotFound"));
    List<V> versions =
        repository.line(kind.type(), entry.getLineId()).stream()
            .filter(e -> basis == Basis.CARE_TEAM || released(e))
            .map(view)
            .toList();
    if (versions.isEmpty()) {
      throw new NotFoundException("records.entryNotFound");
    }
    audit.record(read(action, patientId).object(kind.objectType(), entryId));
    return versions;
  }

  private boolean released(RecordEntry entry) {
    return !(entry instanceof Observation result) || result.releasedAt(clock.instant());
  }

  /** The care team sees every result; the patient and their grantees those released by now. */
  private ResultsFilter resultsFilter(long patientId, String name, Basis basis) {
    return new ResultsFilter(
        patientId,
        name,
        basis == Basis.CARE_TEAM || basis == Basis.EMERGENCY ? null : clock.instant());
  }

  /** The access policy's decision on reading a category of the patient's record, audited. */
  private Optional<Basis> reading(Long patientId, String action, ConsentCategory category) {
    return accessPolicy.basis(
        patientId,
        Access.toRead(action, "Patient", patientId, category)
            .saying("neither the patient, nor the care team, nor a grant of " + category));
  }

  private static AuditEvent read(String action, long patientId) {
    return AuditEvent.of(action, AuditOutcome.SUCCESS)
        .aboutPatient(patientId)
        .object("Patient", patientId);
  }

  private static <E, V> List<V> map(List<E> entries, Function<E, V> view) {
    return entries.stream().map(view).toList();
  }
}
