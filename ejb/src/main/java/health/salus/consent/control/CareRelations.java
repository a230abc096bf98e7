package health.salus.consent.control;

import health.salus.directory.entity.CareRelationship;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether a practitioner (by account) is in a patient's care team. */
@Dependent
public class CareRelations {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public boolean inCareTeam(long accountId, long patientId) {
    return em.createNamedQuery(CareRelationship.EXISTS, Long.class)
            .setParameter("accountId", accountId)
            .setParameter("patientId", patientId)
            .getSingleResult()
        > 0;
  }
}
