package health.salus.feedback.boundary;

import health.salus.feedback.entity.RatingInvitation;
import java.time.Instant;

/** An invitation to rate an appointment, with the rating once given. */
public record InvitationView(
    long id,
    long appointmentId,
    long patientId,
    String practitionerName,
    String service,
    Instant consultedAt,
    Instant invitedAt,
    Integer score,
    String comment,
    Instant ratedAt) {

  static InvitationView of(RatingInvitation i) {
    return new InvitationView(
        i.getId(),
        i.getAppointmentId(),
        i.getPatient().getId(),
        i.getPractitioner().getAccount().getFullName(),
        i.getPractitioner().getSpecialty(),
        i.getConsultedAt(),
        i.getInvitedAt(),
        i.getScore(),
        i.getComment(),
        i.getRatedAt());
  }
}
