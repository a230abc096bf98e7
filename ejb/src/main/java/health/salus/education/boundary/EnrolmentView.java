package health.salus.education.boundary;

import health.salus.education.entity.Enrolment;
import health.salus.education.entity.EnrolmentStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * An enrolment: patient, programme (and its title), status, who enrolled them and when; for one
 * assigned by a clinician or case manager, {@code assigned} true and their reason (null when none
 * was given).
 */
public record EnrolmentView(
    long id,
    long programmeId,
    String programmeTitle,
    long patientId,
    EnrolmentStatus status,
    String assignedByUsername,
    Instant enrolledAt,
    boolean assigned,
    String reason)
    implements Serializable {

  static EnrolmentView of(Enrolment e) {
    return new EnrolmentView(
        e.getId(),
        e.getProgramme().getId(),
        e.getProgramme().getTitle(),
        e.getPatient().getId(),
        e.getStatus(),
        e.getAssignedBy().getUsername(),
        e.getEnrolledAt(),
        e.assigned(),
        e.getReason());
  }
}
