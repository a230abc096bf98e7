package health.salus.education.boundary;

import health.salus.education.entity.Enrolment;
import health.salus.education.entity.EnrolmentStatus;
import java.io.Serializable;
import java.time.Instant;

/** An enrolment: patient, programme, status, who enrolled them and when. */
public record EnrolmentView(
    long id,
    long programmeId,
    long patientId,
    EnrolmentStatus status,
    String assignedByUsername,
    Instant enrolledAt)
    implements Serializable {

  static EnrolmentView of(Enrolment e) {
    return new EnrolmentView(
        e.getId(),
        e.getProgramme().getId(),
        e.getPatient().getId(),
        e.getStatus(),
        e.getAssignedBy().getUsername(),
        e.getEnrolledAt());
  }
}
