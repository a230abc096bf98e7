package health.salus.directory.control;

import health.salus.directory.entity.CareRelationship;
import health.salus.directory.entity.CareRelationshipKind;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores care relations: who looks after whom. */
@Dependent
public class CareTeamRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public Optional<Patient> patient(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  public Optional<Practitioner> practitioner(long id) {
    return Optional.ofNullable(em.find(Practitioner.class, id));
  }

  public List<CareRelationship> careTeamOf(long patientId) {
    return em.createQuery(
            "SELECT c FROM CareRelationship c WHERE c.patient.id = :patientId"
                + " ORDER BY c.since, c.id",
            CareRelationship.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  public boolean exists(long practitionerId, long patientId, CareRelationshipKind kind) {
    return em.createQuery(
                "SELECT COUNT(c) FROM CareRelationship c WHERE c.practitioner.id = :practitionerId"
                    + " AND c.patient.id = :patientId AND c.kind = :kind",
                Long.class)
            .setParameter("practitionerId", practitionerId)
            .setParameter("patientId", patientId)
            .setParameter("kind", kind)
            .getSingleResult()
        > 0;
  }

  public void add(CareRelationship relationship) {
    em.persist(relationship);
  }

  public void flush() {
    em.flush();
  }
}
