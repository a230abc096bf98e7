package health.salus.consent.control;

import health.salus.consent.entity.EmergencyAccess;
import health.salus.identity.entity.Patient;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores clinicians' emergency accesses and answers whether one is open. */
@Dependent
public class EmergencyAccesses {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public Optional<Patient> patient(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  /** Whether the account holds an emergency access to the patient that is open at {@code now}. */
  public boolean openFor(long accountId, long patientId, Instant now) {
    return em.createNamedQuery(EmergencyAccess.OPEN_FOR, Long.class)
            .setParameter("accountId", accountId)
            .setParameter("patientId", patientId)
            .setParameter("now", now)
            .getSingleResult()
        > 0;
  }

  /** The account's emergency accesses open at {@code now}, the latest opened first. */
  public List<EmergencyAccess> openOf(long accountId, Instant now) {
    return em.createQuery(
            "SELECT e FROM EmergencyAccess e JOIN FETCH e.patient WHERE e.clinician.id = :accountId"
                + " AND e.validUntil > :now ORDER BY e.openedAt DESC, e.id DESC",
            EmergencyAccess.class)
        .setParameter("accountId", accountId)
        .setParameter("now", now)
        .getResultList();
  }

  public void add(EmergencyAccess access) {
    em.persist(access);
    em.flush();
  }
}
