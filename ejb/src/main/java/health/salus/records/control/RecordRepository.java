package health.salus.records.control;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.records.entity.Allergy;
import health.salus.records.entity.Condition;
import health.salus.records.entity.Encounter;
import health.salus.records.entity.Immunisation;
import health.salus.records.entity.Observation;
import health.salus.records.entity.RecordEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds and stores the entries of patients' medical records. */
@Dependent
public class RecordRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /**
   * Which results a reader sees: a test's name (all when null), and whether only those released by
   * a moment (for the patient and their grantees) or all (for the care team, {@code releasedBy}
   * null).
   */
  public record ResultsFilter(long patientId, String name, Instant releasedBy) {}

  public Optional<Patient> patient(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  public Optional<Practitioner> practitioner(Long id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Practitioner.class, id));
  }

  public <E extends RecordEntry> Optional<E> entry(Class<E> type, long id) {
    return Optional.ofNullable(em.find(type, id));
  }

  public List<Condition> conditionsOf(long patientId) {
    return current(Condition.CURRENT_OF_PATIENT, Condition.class, patientId);
  }

  public List<Allergy> allergiesOf(long patientId) {
    return current(Allergy.CURRENT_OF_PATIENT, Allergy.class, patientId);
  }

  public List<Immunisation> immunisationsOf(long patientId) {
    return current(Immunisation.CURRENT_OF_PATIENT, Immunisation.class, patientId);
  }

  private <E> List<E> current(String query, Class<E> type, long patientId) {
    return em.createNamedQuery(query, type).setParameter("patientId", patientId).getResultList();
  }

  /** One page of the current results the filter lets through, the latest taken first. */
  public List<Observation> results(ResultsFilter filter, int page, int size) {
    return resultsQuery(
            "SELECT o", filter, " ORDER BY o.effectiveAt DESC, o.id DESC", Observation.class)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long countResults(ResultsFilter filter) {
    return resultsQuery("SELECT COUNT(o)", filter, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> resultsQuery(
      String select, ResultsFilter filter, String order, Class<T> type) {
    StringBuilder jpql =
        new StringBuilder(select)
            .append(
                " FROM Observation o WHERE o.patient.id = :patientId AND o.supersededAt IS NULL");
    if (filter.name() != null) {
      jpql.append(" AND o.name = :name");
    }
    if (filter.releasedBy() != null) {
      jpql.append(" AND (o.releaseAt IS NULL OR o.releaseAt <= :releasedBy)");
    }
    TypedQuery<T> query =
        em.createQuery(jpql.append(order).toString(), type)
            .setParameter("patientId", filter.patientId());
    if (filter.name() != null) {
      query.setParameter("name", filter.name());
    }
    if (filter.releasedBy() != null) {
      query.setParameter("releasedBy", filter.releasedBy());
    }
    return query;
  }

  /** Every version of an entry's line, the first first. */
  public <E extends RecordEntry> List<E> line(Class<E> type, long lineId) {
    return em.createQuery(
            "SELECT e FROM "
                + type.getSimpleName()
                + " e WHERE e.id = :lineId OR e.firstId = :lineId ORDER BY e.id",
            type)
        .setParameter("lineId", lineId)
        .getResultList();
  }

  /** The latest encounters of a patient, the latest first. */
  public List<Encounter> encountersOf(long patientId, int limit) {
    return em.createQuery(
            "SELECT e FROM Encounter e JOIN FETCH e.practitioner p JOIN FETCH p.account"
                + " WHERE e.patient.id = :patientId ORDER BY e.recordedAt DESC, e.id DESC",
            Encounter.class)
        .setParameter("patientId", patientId)
        .setMaxResults(limit)
        .getResultList();
  }

  public void add(RecordEntry entry) {
    em.persist(entry);
  }

  public void flush() {
    em.flush();
  }
}
