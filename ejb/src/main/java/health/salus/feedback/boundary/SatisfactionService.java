package health.salus.feedback.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.feedback.control.FeedbackRepository;
import health.salus.feedback.control.PatientActedFor;
import health.salus.feedback.control.SatisfactionFigures;
import health.salus.feedback.entity.NpsAnswer;
import health.salus.feedback.entity.RatingInvitation;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Satisfaction: the patient (or a carer acting for them) sees the invitations to rate completed
 * appointments and rates each once; answers the Net Promoter question when it is due (once in 90
 * days); staff see the trends. Every read and change is audited about the patient.
 */
@Stateless
@RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
public class SatisfactionService {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject FeedbackRepository repository;
  @Inject SatisfactionFigures figures;
  @Inject PatientActedFor actedFor;
  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * The invitations not rated yet of the caller (or of the patient a carer acts for, by {@code
   * patientId}), newest first; anyone else: 404.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public List<InvitationView> openInvitations(Long patientId) {
    long id = actedFor.id(patientId, "RATING_INVITATIONS_READ");
    List<InvitationView> items =
        repository.openInvitations(id).stream().map(InvitationView::of).toList();
    invitationsRead(id, items.size());
    return items;
  }

  private void invitationsRead(long patientId, long open) {
    audit.record(
        AuditEvent.of("RATING_INVITATIONS_READ", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Patient", patientId)
            .detail(open + " open"));
  }

  /**
   * Rates a completed appointment once: 1 to 5 and an optional comment. Only the appointment's
   * patient or a carer acting for them (else 404, as for an appointment without an invitation); a
   * second rating: 409; a score out of range: 400.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public InvitationView rate(long appointmentId, NewRating rating) {
    RatingInvitation invitation =
        repository
            .invitationFor(appointmentId)
            .orElseThrow(() -> new NotFoundException("feedback.invitationNotFound"));
    long patientId = invitation.getPatient().getId();
    if (!accessPolicy.permits(
        patientId,
        Access.to("RATING_GIVE", "Appointment", appointmentId)
            .allowing(Basis.SELF, Basis.ACTING_FOR)
            .saying("not the patient nor acting for them"))) {
      throw new NotFoundException("feedback.invitationNotFound");
    }
    AuditEvent event =
        AuditEvent.of("RATING_GIVE", AuditOutcome.SUCCESS)
            .aboutPatient(patientId)
            .object("Appointment", appointmentId);
    RatingInvitation locked = repository.invitationForRating(appointmentId).orElseThrow();
    try {
      locked.rate(
          rating == null ? null : rating.score(),
          rating == null ? null : rating.comment(),
          callers.account(),
          clock.instant());
      repository.flush();
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    } catch (PersistenceException changedMeanwhile) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "rated meanwhile"));
      throw new ConflictException("score", "feedback.alreadyRated");
    }
    audit.record(event.detail("score " + locked.getScore()));
    return InvitationView.of(locked);
  }

  /**
   * The home page's feedback tile in one call: how many {@link #openInvitations} there are
   * (counted, not read) and {@link #npsStatus}, audited as those are.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public FeedbackTile homeTile(Long patientId) {
    long id = actedFor.id(patientId, "RATING_INVITATIONS_READ");
    long open = repository.countOpenInvitations(id);
    invitationsRead(id, open);
    return new FeedbackTile(Math.toIntExact(open), npsStatus(patientId));
  }

  /** Whether the Net Promoter question is due for the caller (or the patient acted for). */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public NpsStatus npsStatus(Long patientId) {
    long id = actedFor.id(patientId, "NPS_READ");
    return status(repository.lastNpsAnswer(id));
  }

  /**
   * Answers the Net Promoter question, 0 to 10 (else 400), when it is due: a second answer within
   * 90 days is refused (422).
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public NpsStatus answerNps(NewNpsAnswer answer) {
    if (answer == null) {
      throw new InvalidInputException("score", "feedback.scoreRange", 0, 10);
    }
    long id = actedFor.id(answer.patientId(), "NPS_ANSWER");
    Patient patient = em.find(Patient.class, id);
    // The patient's row, locked: two answers at once are one after the other, so the second
    // sees the first and is refused.
    em.lock(patient, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    NpsAnswer given =
        new NpsAnswer(
            patient, answer.score(), answer.comment(), callers.account(), clock.instant());
    Optional<Instant> last = repository.lastNpsAnswer(id);
    AuditEvent event =
        AuditEvent.of("NPS_ANSWER", AuditOutcome.SUCCESS).aboutPatient(id).object("Patient", id);
    if (!NpsAnswer.dueAfter(last.orElse(null), clock.instant())) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "not due"));
      throw Refusal.rule("feedback.npsNotDue");
    }
    repository.addNps(given);
    repository.flush();
    audit.record(event.object("NpsAnswer", given.getId()).detail("score " + given.getScore()));
    return status(Optional.of(given.getAnsweredAt()));
  }

  /** The satisfaction trends of the last {@code months} months (1 to 24; default 12). */
  @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
  public SatisfactionTrends trends(Integer months) {
    int span = months == null ? 12 : months;
    if (span < 1 || span > 24) {
      throw new InvalidInputException("months", "feedback.monthsRange", 1, 24);
    }
    SatisfactionTrends trends = figures.trends(span);
    audit.record(
        AuditEvent.of("SATISFACTION_READ", AuditOutcome.SUCCESS)
            .purpose(Basis.FRONT_DESK.purpose())
            .detail(span + " months"));
    return trends;
  }

  private NpsStatus status(Optional<Instant> last) {
    Instant now = clock.instant();
    return new NpsStatus(
        NpsAnswer.dueAfter(last.orElse(null), now),
        last.orElse(null),
        last.map(l -> l.plus(NpsAnswer.INTERVAL)).orElse(null));
  }
}
