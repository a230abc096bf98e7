package health.salus.consent.control;

import health.salus.casework.entity.CareCase;
import health.salus.directory.entity.CareRelationship;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether a practitioner (by account) is in a patient's care team, and whether an account is of the
 * case team of one of the patient's cases.
 */
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

  public boolean inCaseTeam(long accountId, long patientId) {
    return em.createNamedQuery(CareCase.TEAM_OF_PATIENT, Long.class)
            .setParameter("accountId", accountId)
            .setParameter("patientId", patientId)
            .getSingleResult()
        > 0;
  }
}
