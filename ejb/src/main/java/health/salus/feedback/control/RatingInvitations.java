package health.salus.feedback.control;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.directory.entity.Practitioner;
import health.salus.feedback.boundary.RatingInvited;
import health.salus.feedback.entity.RatingInvitation;
import health.salus.identity.entity.Patient;
import health.salus.scheduling.boundary.AppointmentEvent;
import health.salus.scheduling.entity.Appointment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Invites the patient to rate an appointment when it is completed, inside the transaction of the
 * completion (the event is synchronous), and fires {@link RatingInvited} for the notice. At most
 * one invitation per appointment: a second COMPLETED changes nothing, and the unique appointment_id
 * holds even against a race.
 */
@ApplicationScoped
public class RatingInvitations {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject FeedbackRepository repository;
  @Inject Event<RatingInvited> invited;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  void onAppointment(@Observes AppointmentEvent event) {
    if (event.kind() != AppointmentEvent.Kind.COMPLETED
        || repository.invitationFor(event.appointmentId()).isPresent()) {
      return;
    }
    Patient patient = em.find(Patient.class, event.patientId());
    Practitioner practitioner = em.find(Practitioner.class, event.practitionerId());
    // An event about an appointment that is not stored (such as one a test makes up) invites
    // nobody: the invitation refers to the appointment.
    if (patient == null
        || practitioner == null
        || em.find(Appointment.class, event.appointmentId()) == null) {
      return;
    }
    Instant consulted = event.start() == null ? clock.instant() : event.start();
    RatingInvitation invitation =
        new RatingInvitation(
            event.appointmentId(), patient, practitioner, consulted, clock.instant());
    repository.add(invitation);
    repository.flush();
    audit.record(
        AuditEvent.of("RATING_INVITE", AuditOutcome.SUCCESS)
            .withActor(event.actorUsername())
            .aboutPatient(patient.getId())
            .object("RatingInvitation", invitation.getId())
            .detail("appointment " + event.appointmentId()));
    invited.fire(
        new RatingInvited(
            invitation.getId(),
            event.appointmentId(),
            patient.getId(),
            practitioner.getAccount().getFullName(),
            consulted));
  }
}
