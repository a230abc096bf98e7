package health.salus.education.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.education.control.Choices;
import health.salus.education.control.EducationRepository;
import health.salus.education.entity.LiteracyAnswers;
import health.salus.education.entity.QuestionnaireResponse;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The health literacy screen a patient takes (at registration, from the profile): the Single Item
 * Literacy Screener and Chew's forms item, scored by {@link LiteracyAnswers}, kept as a
 * questionnaire response; the latest one feeds the tailoring. The patient sees their own result;
 * staff see counts per programme ({@link AuthoringService#figures}), and one person's result only
 * with a care reason: as a member of their care team or of the case team of one of their cases.
 */
@Stateless
@RolesAllowed(Role.Names.PATIENT)
public class LiteracyService {

  @Inject EducationRepository repository;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject AccessPolicy accessPolicy;
  @Inject Clock clock;

  /** The patient answers the screen: stored with its level. No answer, or a bad one: 400. */
  public ScreeningResult screen(ScreeningInput input) {
    if (input == null || input.answers() == null) {
      throw new InvalidInputException("answers", "learn.screening.noAnswer");
    }
    LiteracyAnswers answers =
        new LiteracyAnswers(
            input.answers().helpReading(), Choices.forms(input.answers().confidentWithForms()));
    Patient patient =
        callers.patient().orElseThrow(() -> new NotFoundException("education.notFound"));
    QuestionnaireResponse response =
        QuestionnaireResponse.literacyScreen(patient, answers, callers.account(), clock.instant());
    repository.add(response);
    repository.flush();
    audit.record(
        AuditEvent.of("EDUCATION_SCREENING", AuditOutcome.SUCCESS)
            .aboutPatient(patient.getId())
            .object("QuestionnaireResponse", response.getId())
            .detail(response.getResult().name()));
    return of(response);
  }

  /** The patient's latest screen, if they took one. */
  public Optional<ScreeningResult> latest() {
    return callers.patient().flatMap(p -> repository.latestScreen(p.getId())).map(this::of);
  }

  /**
   * A patient's latest screen, for a care reason only: a practitioner of the patient's care team
   * (their clinician, or an educator they see) or the case team of one of their cases. The access
   * policy decides and audits it (EDUCATION_SCREENING_READ, allowed with purpose CARE, or denied);
   * anyone else, the front desk included: 403. No such patient: 404. Empty when no screen was
   * taken.
   */
  @RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.EDUCATOR,
    Role.Names.CASE_MANAGER,
    Role.Names.STAFF
  })
  public Optional<ScreeningResult> latestOf(long patientId) {
    boolean exists = repository.find(Patient.class, patientId).isPresent();
    if (!accessPolicy.permits(exists ? patientId : null, forCare(patientId))) {
      if (!exists) {
        throw new NotFoundException("education.patientNotFound");
      }
      throw new AccessDeniedException("education.noCareReason");
    }
    return repository.latestScreen(patientId).map(this::of);
  }

  /**
   * A patient's latest screen beside another page about them (the timeline): asked for only when
   * the caller has the care reason {@link #latestOf} requires, and then read and audited as it
   * reads it. A caller without one (a clinician here on emergency access alone, say) is not shown
   * the section, and nothing is asked: the trail holds no denial of a read nobody requested.
   */
  @RolesAllowed({
    Role.Names.CLINICIAN,
    Role.Names.EDUCATOR,
    Role.Names.CASE_MANAGER,
    Role.Names.STAFF
  })
  public CareScreening besidePatientPage(long patientId) {
    if (repository.find(Patient.class, patientId).isEmpty()
        || !accessPolicy.wouldPermit(patientId, forCare(patientId))) {
      return CareScreening.NOT_SHOWN;
    }
    return new CareScreening(true, latestOf(patientId).orElse(null));
  }

  /** Reading one person's screen: only with a care reason, the care team or a case team. */
  private static Access forCare(long patientId) {
    return Access.to("EDUCATION_SCREENING_READ", "Patient", patientId)
        .allowing(Basis.CARE_TEAM, Basis.CASE_TEAM)
        .saying("no care reason: not in the patient's care or case team");
  }

  private ScreeningResult of(QuestionnaireResponse r) {
    return new ScreeningResult(
        r.getId(), r.getResult(), r.getHelpReading(), r.getConfidentWithForms(), r.getAnsweredAt());
  }
}
