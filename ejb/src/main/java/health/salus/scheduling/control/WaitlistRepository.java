package health.salus.scheduling.control;

import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.scheduling.entity.WaitlistEntry;
import health.salus.scheduling.entity.WaitlistStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores waitlist entries and finds the first one a freed slot fits. */
@Dependent
public class WaitlistRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public Optional<WaitlistEntry> byId(long id) {
    return Optional.ofNullable(em.find(WaitlistEntry.class, id));
  }

  public Optional<WaitlistEntry> of(long patientId, long practitionerId) {
    return em.createNamedQuery(WaitlistEntry.OF_PATIENT_AND_PRACTITIONER, WaitlistEntry.class)
        .setParameter("patientId", patientId)
        .setParameter("practitionerId", practitionerId)
        .getResultStream()
        .findFirst();
  }

  /** Adds the entry now, so that a second one for the same pair fails here (unique constraint). */
  public void add(WaitlistEntry entry) {
    em.persist(entry);
    em.flush();
  }

  /**
   * The oldest waiting entry of the practitioner, other than the given patient's, that a slot at
   * {@code start} in {@code mode} fits; one indexed row.
   */
  public Optional<WaitlistEntry> firstFitting(
      long practitionerId, AppointmentMode mode, Instant start, long exceptPatientId) {
    return em.createNamedQuery(WaitlistEntry.WAITING_FOR, WaitlistEntry.class)
        .setParameter("practitionerId", practitionerId)
        .setParameter("waiting", WaitlistStatus.WAITING)
        .setParameter("patientId", exceptPatientId)
        .setParameter("start", start)
        .setParameter("mode", mode)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Entries not left, of one patient (optionally one practitioner), newest first. */
  public List<WaitlistEntry> ofPatient(long patientId, Long practitionerId) {
    TypedQuery<WaitlistEntry> query =
        em.createQuery(
                "SELECT w FROM WaitlistEntry w WHERE w.patientId = :patientId"
                    + " AND w.status <> :left"
                    + (practitionerId == null ? "" : " AND w.practitionerId = :practitionerId")
                    + " ORDER BY w.createdAt DESC, w.id DESC",
                WaitlistEntry.class)
            .setParameter("patientId", patientId)
            .setParameter("left", WaitlistStatus.CANCELLED);
    if (practitionerId != null) {
      query.setParameter("practitionerId", practitionerId);
    }
    return query.getResultList();
  }

  /** Waiting entries of a practitioner in queue order (oldest first). */
  public List<WaitlistEntry> waitingFor(long practitionerId) {
    return em.createQuery(
            "SELECT w FROM WaitlistEntry w WHERE w.practitionerId = :practitionerId"
                + " AND w.status = :waiting ORDER BY w.createdAt, w.id",
            WaitlistEntry.class)
        .setParameter("practitionerId", practitionerId)
        .setParameter("waiting", WaitlistStatus.WAITING)
        .setMaxResults(500)
        .getResultList();
  }

  /** The start of the patient's next booked appointment with the practitioner, if any. */
  public Optional<Instant> nextBookedStart(long patientId, long practitionerId, Instant now) {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.patient.id = :patientId"
                + " AND a.practitioner.id = :practitionerId AND a.status = :booked"
                + " AND a.start > :now ORDER BY a.start",
            Appointment.class)
        .setParameter("patientId", patientId)
        .setParameter("practitionerId", practitionerId)
        .setParameter("booked", AppointmentStatus.BOOKED)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(Appointment::getStart);
  }
}
