package health.salus.prescriptions.control;

import static health.salus.shared.control.BoundedReads.bounded;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.prescriptions.entity.Medication;
import health.salus.prescriptions.entity.RefillRequest;
import health.salus.prescriptions.entity.RefillStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds and stores medications and refill requests. */
@Dependent
public class PrescriptionRepository {

  /**
   * A patient's requests with the medication and the patient (and who decided) in the same
   * statement: each row's view reads them, and fetched one by one they cost a statement per row.
   */
  private static final String ROWS_OF_PATIENT =
      "SELECT r FROM RefillRequest r JOIN FETCH r.medication JOIN FETCH r.patient"
          + " LEFT JOIN FETCH r.decidedBy WHERE r.patient.id = :patientId";

  /** Requests a clinician may decide: they prescribed the medication or are in the care team. */
  private static final String TO_DECIDE =
      " FROM RefillRequest r JOIN r.medication m WHERE r.status = :status"
          + " AND (m.prescriber.account.id = :accountId OR EXISTS (SELECT c FROM CareRelationship c"
          + " WHERE c.patient = r.patient AND c.practitioner.account.id = :accountId))";

  private static final String OF_PATIENT = " FROM RefillRequest r WHERE r.patient.id = :patientId";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public List<Medication> medicationsOf(long patientId) {
    return em.createNamedQuery(Medication.OF_PATIENT, Medication.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  public Optional<Patient> patient(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  public Optional<Medication> medication(long id) {
    return Optional.ofNullable(em.find(Medication.class, id));
  }

  /** The ids of a patient's medications that have an open refill request. */
  public Set<Long> medicationsWithOpenRequest(long patientId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT r.medication.id FROM RefillRequest r"
                    + " WHERE r.patient.id = :patientId AND r.status = :open",
                Long.class)
            .setParameter("patientId", patientId)
            .setParameter("open", RefillStatus.REQUESTED)
            .getResultList());
  }

  public boolean hasOpenRequest(long medicationId) {
    return em.createQuery(
                "SELECT COUNT(r) FROM RefillRequest r"
                    + " WHERE r.medication.id = :medicationId AND r.status = :open",
                Long.class)
            .setParameter("medicationId", medicationId)
            .setParameter("open", RefillStatus.REQUESTED)
            .getSingleResult()
        > 0;
  }

  public Optional<RefillRequest> refillRequest(long id) {
    return Optional.ofNullable(em.find(RefillRequest.class, id));
  }

  /** A patient's requests, newest first; all of them when status is null. */
  public List<RefillRequest> requestsOf(long patientId, RefillStatus status, int page, int size) {
    String jpql =
        ROWS_OF_PATIENT
            + (status == null ? "" : " AND r.status = :status")
            + " ORDER BY r.requestedAt DESC, r.id DESC";
    TypedQuery<RefillRequest> query =
        bounded(em, RefillRequest.class, jpql, page * size, size)
            .setParameter("patientId", patientId);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getResultList();
  }

  /**
   * The patient's requests decided after {@code since}, the latest decision first; at most {@code
   * max}, uncounted.
   */
  public List<RefillRequest> decidedSince(long patientId, Instant since, int max) {
    return bounded(
            em,
            RefillRequest.class,
            ROWS_OF_PATIENT + " AND r.decidedAt > :since ORDER BY r.decidedAt DESC, r.id DESC",
            0,
            max)
        .setParameter("patientId", patientId)
        .setParameter("since", since)
        .getResultList();
  }

  public long countOf(long patientId, RefillStatus status) {
    TypedQuery<Long> query =
        em.createQuery(
                "SELECT COUNT(r)" + OF_PATIENT + (status == null ? "" : " AND r.status = :status"),
                Long.class)
            .setParameter("patientId", patientId);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getSingleResult();
  }

  /** The requests of this status a clinician may decide, oldest first (a queue). */
  public List<RefillRequest> requestsToDecide(
      long accountId, RefillStatus status, int page, int size) {
    return bounded(
            em,
            RefillRequest.class,
            "SELECT r" + TO_DECIDE + " ORDER BY r.requestedAt, r.id",
            page * size,
            size)
        .setParameter("status", status)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  public long countToDecide(long accountId, RefillStatus status) {
    return em.createQuery("SELECT COUNT(r)" + TO_DECIDE, Long.class)
        .setParameter("status", status)
        .setParameter("accountId", accountId)
        .getSingleResult();
  }

  /** Whether the account's practitioner is in the patient's care team. */
  public Optional<Practitioner> practitioner(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Practitioner.class, id));
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
