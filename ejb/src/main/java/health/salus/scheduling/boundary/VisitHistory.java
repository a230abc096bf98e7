package health.salus.scheduling.boundary;

import health.salus.scheduling.entity.AppointmentStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Whether a patient was seen by a practitioner or at a site: an appointment completed, or one
 * booked (or arrived) whose start has passed. Cancelled and missed appointments do not count. Asked
 * inside the caller's transaction (reviews of health services: only those seen may review).
 */
@Dependent
public class VisitHistory {

  private static final List<AppointmentStatus> HELD =
      List.of(AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED);

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject Clock clock;

  /** Whether the patient was seen by the practitioner. */
  public boolean seenBy(long patientId, long practitionerId) {
    return seen("a.practitioner.id", patientId, practitionerId);
  }

  /** Whether the patient was seen at the site. */
  public boolean seenAt(long patientId, long siteId) {
    return seen("a.siteId", patientId, siteId);
  }

  private boolean seen(String subject, long patientId, long subjectId) {
    return !em.createQuery(
            "SELECT a.id FROM Appointment a WHERE a.patient.id = :patient AND "
                + subject
                + " = :subject AND (a.status = :completed"
                + " OR (a.status IN :held AND a.start < :now))",
            Long.class)
        .setParameter("patient", patientId)
        .setParameter("subject", subjectId)
        .setParameter("completed", AppointmentStatus.COMPLETED)
        .setParameter("held", HELD)
        .setParameter("now", clock.instant())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
