package health.salus.prescriptions.control;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.prescriptions.entity.Medication;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.entity.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Who may act on prescriptions: the patient on their own medications, the prescriber or a clinician
 * of the patient's care team on refill decisions and prescribing. Every refusal is written to the
 * audit trail (about the patient) before it is thrown.
 */
@Dependent
public class PrescriptionAccess {

  @Inject Callers callers;
  @Inject PrescriptionRepository repository;
  @Inject AuditTrail audit;

  /** The signed-in caller's account. */
  public UserAccount account() {
    return callers.account();
  }

  /** The patient record of the signed-in patient. */
  public Patient patient() {
    return callers.patient().orElseThrow(() -> new NotFoundException("prescriptions.notAPatient"));
  }

  /**
   * The caller's own medication: another patient's medication is refused as if it did not exist
   * (404), and audited.
   */
  public Medication ownMedication(Patient patient, long medicationId, String action) {
    Medication medication =
        repository
            .medication(medicationId)
            .orElseThrow(() -> new NotFoundException("medication.notFound"));
    if (!medication.getPatient().getId().equals(patient.getId())) {
      throw refuse(
          AuditEvent.of(action, AuditOutcome.DENIED)
              .aboutPatient(medication.getPatient().getId())
              .object("Medication", medicationId)
              .detail("not the caller's medication"),
          new NotFoundException("medication.notFound"));
    }
    return medication;
  }

  /** Whether the clinician prescribed the medication or is in the patient's care team. */
  public boolean mayDecide(UserAccount clinician, Medication medication) {
    return medication.getPrescriber().getAccount().getId().equals(clinician.getId())
        || repository.inCareTeam(clinician.getId(), medication.getPatient().getId());
  }

  /** The clinician's practitioner entry, when they are in the patient's care team; else 403. */
  public Practitioner careTeamPractitioner(UserAccount clinician, long patientId, String action) {
    return repository
        .practitionerOf(clinician.getId())
        .filter(p -> repository.inCareTeam(clinician.getId(), patientId))
        .orElseThrow(
            () ->
                refuse(
                    AuditEvent.of(action, AuditOutcome.DENIED)
                        .aboutPatient(patientId)
                        .object("Patient", patientId)
                        .detail("not in the patient's care team"),
                    new AccessDeniedException("prescriptions.notInCareTeam")));
  }

  /** Records the refusal and hands it back for the caller to throw. */
  public <T extends Refusal> T refuse(AuditEvent event, T refusal) {
    audit.record(event);
    return refusal;
  }

  /** The same audit event with another outcome (denied, or failed on a rule), saying why. */
  public static AuditEvent withOutcome(AuditEvent event, AuditOutcome outcome, String why) {
    return new AuditEvent(
        event.action(),
        outcome,
        event.actor(),
        event.onBehalfOf(),
        event.patientId(),
        event.objectType(),
        event.objectId(),
        event.purpose(),
        why);
  }
}
