package health.salus.prescriptions.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.consent.entity.ConsentCategory;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.prescriptions.control.PrescriptionRepository;
import health.salus.prescriptions.entity.Medication;
import health.salus.prescriptions.entity.RefillRequest;
import health.salus.prescriptions.entity.RefillStatus;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.control.InputValidation;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A patient's medications and refill requests, and prescribing by the care team. Every read and
 * change is audited about the patient.
 */
@Stateless
public class PrescriptionService {

  @Inject PrescriptionRepository repository;
  @Inject Callers callers;
  @Inject AccessPolicy accessPolicy;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The signed-in patient's medications, active ones first, by name. */
  @RolesAllowed(Role.Names.PATIENT)
  public List<MedicationView> myMedications() {
    return medicationsRead(patientId());
  }

  /**
   * A patient's medications as {@link #myMedications} lists them, for whoever may read the
   * patient's MEDICATIONS ({@link Access#toRead}: the patient, the care team, a grantee of
   * MEDICATIONS or ALL, a clinician under emergency access), as the access policy decides and
   * audits; anyone else, and a patient that does not exist, is not found (404).
   */
  @PermitAll
  @AnySignedIn
  public List<MedicationView> medicationsOf(long patientId) {
    return readableMedicationsOf(patientId)
        .orElseThrow(() -> new NotFoundException("prescriptions.patientNotFound"));
  }

  /**
   * As {@link #medicationsOf}, but empty instead of a refusal when the caller may not read them
   * (the decision audited the same way): for the medical record, which shows the sections the
   * caller may read and leaves the others out.
   */
  @PermitAll
  @AnySignedIn
  public Optional<List<MedicationView>> readableMedicationsOf(long patientId) {
    if (!accessPolicy.permits(
        patientId,
        Access.toRead("MEDICATIONS_READ", "Patient", patientId, ConsentCategory.MEDICATIONS)
            .saying("no grant of the patient's medications"))) {
      return Optional.empty();
    }
    return Optional.of(medicationsRead(patientId));
  }

  /** A patient's medications with the open requests marked, the read audited about the patient. */
  private List<MedicationView> medicationsRead(long patientId) {
    Set<Long> open = repository.medicationsWithOpenRequest(patientId);
    List<MedicationView> medications =
        repository.medicationsOf(patientId).stream()
            .map(m -> MedicationView.of(m, open.contains(m.getId())))
            .toList();
    audit.record(
        AuditEvent.of("MEDICATIONS_READ", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId));
    return medications;
  }

  /**
   * The signed-in patient asks for a refill of their own active medication, or a carer for the
   * medication of a patient they act for (the medication names the patient). Refused, and nothing
   * stored, when none remain (rule, 422) or a request for it is still open (conflict, 409: the
   * database keeps one open request per medication, so a lost race gets the same answer); a
   * medication the caller may not act for is not found (404).
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public RefillRequestView requestRefill(NewRefillRequest input) {
    validation.check(input);
    Medication medication = actedForMedication(input.medicationId(), "REFILL_REQUEST");
    AuditEvent event =
        AuditEvent.of("REFILL_REQUEST", AuditOutcome.SUCCESS)
            .aboutPatient(medication.getPatient().getId())
            .object("Medication", medication.getId());
    if (repository.hasOpenRequest(medication.getId())) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "refill.alreadyOpen"));
      throw new ConflictException(null, "refill.alreadyOpen");
    }
    RefillRequest request;
    try {
      request = medication.requestRefill(input.note(), input.pharmacy(), clock.instant());
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    }
    try {
      repository.add(request);
      repository.flush();
    } catch (PersistenceException lostRace) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "refill.alreadyOpen"));
      throw new ConflictException(null, "refill.alreadyOpen");
    }
    audit.record(event.object("RefillRequest", request.getId()));
    return RefillRequestView.of(request);
  }

  /**
   * The signed-in patient's medications page in one call and one transaction: {@link
   * #myMedications} and the first {@code requests} of {@link #myRefillRequests}, each read audited
   * as those do.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public MyMedications myMedicationsPage(int requests) {
    return new MyMedications(myMedications(), myRefillRequests(null, 0, requests));
  }

  /**
   * The signed-in patient's refill requests decided after {@code since} (approved or refused), the
   * latest decision first, at most {@code max}: what the home page tells. Audited as a read of
   * their requests, as {@link #myRefillRequests}.
   */
  @RolesAllowed(Role.Names.PATIENT)
  public List<RefillRequestView> myRecentDecisions(Instant since, int max) {
    long patient = patientId();
    List<RefillRequestView> items =
        repository.decidedSince(patient, since, max).stream().map(RefillRequestView::of).toList();
    requestsRead(patient);
    return items;
  }

  /** The signed-in patient's refill requests with their decisions, newest first. */
  @RolesAllowed(Role.Names.PATIENT)
  public Page<RefillRequestView> myRefillRequests(RefillStatus status, int page, int size) {
    long patient = patientId();
    List<RefillRequestView> items =
        repository.requestsOf(patient, status, page, size).stream()
            .map(RefillRequestView::of)
            .toList();
    requestsRead(patient);
    return new Page<>(items, repository.countOf(patient, status), page, size);
  }

  /**
   * A clinician prescribes a medication for a patient in their care team (else 403, audited), with
   * the refills it allows; it is prescribed today.
   */
  @RolesAllowed(Role.Names.CLINICIAN)
  public MedicationView prescribe(long patientId, Prescription prescription) {
    if (!accessPolicy.permits(
        patientId,
        Access.to("MEDICATION_PRESCRIBE", "Patient", patientId)
            .allowing(Basis.CARE_TEAM)
            .saying("not in the patient's care team"))) {
      throw new AccessDeniedException("prescriptions.notInCareTeam");
    }
    Practitioner prescriber =
        repository
            .practitioner(callers.current().practitionerId())
            .orElseThrow(() -> new AccessDeniedException("prescriptions.notInCareTeam"));
    validation.check(prescription);
    Patient patient =
        repository
            .patient(patientId)
            .orElseThrow(() -> new NotFoundException("prescriptions.patientNotFound"));
    Medication medication =
        new Medication(
            patient,
            prescription.name(),
            prescription.dose(),
            prescription.instructions(),
            prescriber,
            prescription.refills(),
            LocalDate.now(clock));
    repository.add(medication);
    repository.flush();
    audit.record(
        AuditEvent.of("MEDICATION_PRESCRIBE", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Medication", medication.getId())
            .detail(medication.getName() + " " + medication.getDose()));
    return MedicationView.of(medication, false);
  }

  /** Audits the patient's read of their own refill requests. */
  private void requestsRead(long patient) {
    audit.record(
        AuditEvent.of("REFILL_REQUESTS_READ", AuditOutcome.SUCCESS)
            .aboutPatient(patient)
            .object("Patient", patient));
  }

  /**
   * The caller's own patient id, as the caller's identity resolves it (without reading the patient
   * record and its account again in every call).
   */
  private long patientId() {
    Long id = callers.current().patientId();
    if (id == null) {
      throw new NotFoundException("prescriptions.notAPatient");
    }
    return id;
  }

  /**
   * The caller's own medication or that of a patient the caller acts for as a carer, as the access
   * policy decides: any other is refused as if it did not exist (404), and the policy audits the
   * attempt.
   */
  private Medication actedForMedication(long medicationId, String action) {
    Medication medication = repository.medication(medicationId).orElse(null);
    if (!accessPolicy.permits(
        medication == null ? null : medication.getPatient().getId(),
        Access.to(action, "Medication", medicationId)
            .allowing(Basis.SELF, Basis.ACTING_FOR)
            .saying("not the caller's medication"))) {
      throw new NotFoundException("medication.notFound");
    }
    return medication;
  }
}
