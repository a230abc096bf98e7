package health.salus.monitoring.control;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.monitoring.entity.AlertStatus;
import health.salus.monitoring.entity.Excursion;
import health.salus.monitoring.entity.Reading;
import health.salus.monitoring.entity.ReadingAlert;
import health.salus.monitoring.entity.ReadingType;
import health.salus.monitoring.entity.Threshold;
import health.salus.monitoring.entity.WellbeingCheckIn;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Finds and stores readings, thresholds, excursions, check-ins and alerts. */
@Dependent
public class MonitoringRepository {

  /** Alerts a clinician sees: of patients whose care team they are in. */
  private static final String ALERTS_OF_CARE_TEAM =
      " FROM ReadingAlert a WHERE a.status = :status AND EXISTS (SELECT c FROM CareRelationship c"
          + " WHERE c.patient = a.patient AND c.practitioner.account.id = :accountId)";

  private static final String READINGS_OF =
      " FROM Reading r WHERE r.patient.id = :patientId AND r.type IN :types";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /**
   * The patient, with their row locked until the transaction ends: a patient's monitoring writes (a
   * reading's excursion, a check-in's weekly rule) run one at a time, even when they race.
   */
  public Optional<Patient> lockedPatient(long patientId) {
    return Optional.ofNullable(em.find(Patient.class, patientId, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Patient> patient(long patientId) {
    return Optional.ofNullable(em.find(Patient.class, patientId));
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  /** A patient's readings (of one type, or all when null), over time: oldest first, then by id. */
  public List<Reading> readings(long patientId, ReadingType type, int page, int size) {
    return em.createQuery("SELECT r" + READINGS_OF + " ORDER BY r.takenAt, r.id", Reading.class)
        .setParameter("patientId", patientId)
        .setParameter("types", types(type))
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  /** A patient's readings since a moment: the latest {@code limit}, oldest first. */
  public List<Reading> readingsSince(long patientId, Instant from, int limit) {
    List<Reading> readings =
        em.createQuery(
                "SELECT r FROM Reading r WHERE r.patient.id = :patientId AND r.takenAt >= :from"
                    + " ORDER BY r.takenAt DESC, r.id DESC",
                Reading.class)
            .setParameter("patientId", patientId)
            .setParameter("from", from)
            .setMaxResults(limit)
            .getResultList();
    readings = new ArrayList<>(readings);
    Collections.reverse(readings);
    return readings;
  }

  public long countReadings(long patientId, ReadingType type) {
    return em.createQuery("SELECT COUNT(r)" + READINGS_OF, Long.class)
        .setParameter("patientId", patientId)
        .setParameter("types", types(type))
        .getSingleResult();
  }

  private static List<ReadingType> types(ReadingType type) {
    return type == null ? ReadingType.entered() : List.of(type);
  }

  /** A patient's WHO-5 check-ins over time, oldest first. */
  public List<WellbeingCheckIn> checkIns(long patientId, int page, int size) {
    return em.createQuery(
            "SELECT w FROM WellbeingCheckIn w WHERE w.patient.id = :patientId"
                + " ORDER BY w.takenAt, w.id",
            WellbeingCheckIn.class)
        .setParameter("patientId", patientId)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long countCheckIns(long patientId) {
    return em.createQuery(
            "SELECT COUNT(w) FROM WellbeingCheckIn w WHERE w.patient.id = :patientId", Long.class)
        .setParameter("patientId", patientId)
        .getSingleResult();
  }

  /** The patient's latest check-in. */
  public Optional<WellbeingCheckIn> latestCheckIn(long patientId) {
    return em.createQuery(
            "SELECT w FROM WellbeingCheckIn w WHERE w.patient.id = :patientId"
                + " ORDER BY w.takenAt DESC, w.id DESC",
            WellbeingCheckIn.class)
        .setParameter("patientId", patientId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** A patient's thresholds, in the order of the types. */
  public List<Threshold> thresholds(long patientId) {
    return em
        .createQuery("SELECT t FROM Threshold t WHERE t.patient.id = :patientId", Threshold.class)
        .setParameter("patientId", patientId)
        .getResultList()
        .stream()
        .sorted((a, b) -> a.getType().compareTo(b.getType()))
        .toList();
  }

  public Optional<Threshold> threshold(long patientId, ReadingType type) {
    return em.createQuery(
            "SELECT t FROM Threshold t WHERE t.patient.id = :patientId AND t.type = :type",
            Threshold.class)
        .setParameter("patientId", patientId)
        .setParameter("type", type)
        .getResultStream()
        .findFirst();
  }

  public Optional<Excursion> excursion(long patientId, ReadingType type) {
    return em.createQuery(
            "SELECT e FROM Excursion e WHERE e.patient.id = :patientId AND e.type = :type",
            Excursion.class)
        .setParameter("patientId", patientId)
        .setParameter("type", type)
        .getResultStream()
        .findFirst();
  }

  public Optional<ReadingAlert> alert(long id) {
    return Optional.ofNullable(em.find(ReadingAlert.class, id));
  }

  /** Alerts of this status of the clinician's care team's patients, newest first, then by id. */
  public List<ReadingAlert> alertsOfCareTeam(
      long accountId, AlertStatus status, int page, int size) {
    TypedQuery<ReadingAlert> query =
        em.createQuery(
            "SELECT a" + ALERTS_OF_CARE_TEAM + " ORDER BY a.raisedAt DESC, a.id DESC",
            ReadingAlert.class);
    return query
        .setParameter("status", status)
        .setParameter("accountId", accountId)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long countAlertsOfCareTeam(long accountId, AlertStatus status) {
    return em.createQuery("SELECT COUNT(a)" + ALERTS_OF_CARE_TEAM, Long.class)
        .setParameter("status", status)
        .setParameter("accountId", accountId)
        .getSingleResult();
  }

  /** The accounts of the clinicians in the patient's care team, by id. */
  public List<UserAccount> careTeamClinicians(long patientId) {
    return em
        .createQuery(
            "SELECT DISTINCT c.practitioner.account FROM CareRelationship c"
                + " WHERE c.patient.id = :patientId",
            UserAccount.class)
        .setParameter("patientId", patientId)
        .getResultList()
        .stream()
        .filter(a -> a.hasRole(Role.CLINICIAN))
        .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
        .toList();
  }
}
