package health.salus.directory.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.directory.control.CareTeamRepository;
import health.salus.directory.entity.CareRelationship;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.control.InputValidation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A patient's care team as the front desk keeps it: which practitioners look after the patient and
 * in what part. The care team decides who may prescribe for and decide refills of a patient.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class CareTeamService {

  @Inject CareTeamRepository repository;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The patient's care team, longest-standing first. */
  @RolesAllowed(Role.Names.STAFF)
  public List<CareTeamMemberView> careTeam(long patientId) {
    Patient patient = patient(patientId);
    List<CareTeamMemberView> team =
        repository.careTeamOf(patient.getId()).stream().map(CareTeamMemberView::of).toList();
    audit.record(
        AuditEvent.of("CARE_TEAM_READ", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId));
    return team;
  }

  /**
   * Adds a practitioner to the patient's care team from today. The same practitioner in the same
   * part twice is a conflict; an unknown patient or practitioner is not found.
   */
  @RolesAllowed(Role.Names.STAFF)
  public CareTeamMemberView addToCareTeam(long patientId, NewCareTeamMember member) {
    validation.check(member);
    Patient patient = patient(patientId);
    Practitioner practitioner =
        repository
            .practitioner(member.practitionerId())
            .orElseThrow(
                () -> new InvalidInputException("practitionerId", "careTeam.practitionerUnknown"));
    if (repository.exists(practitioner.getId(), patientId, member.kind())) {
      throw new ConflictException("practitionerId", "careTeam.alreadyMember");
    }
    CareRelationship relationship =
        new CareRelationship(practitioner, patient, member.kind(), LocalDate.now(clock));
    try {
      repository.add(relationship);
      repository.flush();
    } catch (PersistenceException lostRace) {
      throw new ConflictException("practitionerId", "careTeam.alreadyMember");
    }
    audit.record(
        AuditEvent.of("CARE_TEAM_ADD", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("CareRelationship", relationship.getId())
            .detail(practitioner.getAccount().getUsername() + " " + member.kind()));
    return CareTeamMemberView.of(relationship);
  }

  private Patient patient(long patientId) {
    return repository
        .patient(patientId)
        .orElseThrow(() -> new NotFoundException("careTeam.patientNotFound"));
  }
}
