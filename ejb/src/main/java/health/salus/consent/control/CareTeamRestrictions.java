package health.salus.consent.control;

import health.salus.consent.entity.CareTeamRestriction;
import health.salus.consent.entity.ConsentCategory;
import health.salus.identity.entity.Patient;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** The categories patients keep from their care team: asked by the access decision, changed. */
@Dependent
public class CareTeamRestrictions {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** Whether the patient keeps this category from their care team. */
  public boolean restricts(long patientId, ConsentCategory category) {
    return CareTeamRestriction.restrictable(category)
        && em.createNamedQuery(CareTeamRestriction.COUNT, Long.class)
                .setParameter("patientId", patientId)
                .setParameter("category", category)
                .getSingleResult()
            > 0;
  }

  /** The categories the patient keeps from their care team, in their natural order. */
  public Set<ConsentCategory> of(long patientId) {
    Set<ConsentCategory> categories = EnumSet.noneOf(ConsentCategory.class);
    em.createNamedQuery(CareTeamRestriction.OF_PATIENT, CareTeamRestriction.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .forEach(r -> categories.add(r.getCategory()));
    return categories;
  }

  /**
   * The patient, its row locked until the end of the transaction, so that changes to one patient's
   * restrictions run one after the other and each starts from the last one's result.
   */
  public Patient locked(long patientId) {
    return em.find(Patient.class, patientId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Restricts the category (restricted already: nothing changes). */
  public void restrict(Patient patient, ConsentCategory category, Clock clock) {
    if (!restricts(patient.getId(), category)) {
      em.persist(new CareTeamRestriction(patient, category, clock));
    }
  }

  /** Lifts the restriction of the category (none: nothing changes). */
  public void lift(long patientId, ConsentCategory category) {
    em.createNamedQuery(CareTeamRestriction.OF_PATIENT, CareTeamRestriction.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .filter(r -> r.getCategory() == category)
        .forEach(em::remove);
  }

  public void flush() {
    em.flush();
  }
}
