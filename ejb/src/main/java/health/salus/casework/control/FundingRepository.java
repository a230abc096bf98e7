package health.salus.casework.control;

import health.salus.casework.entity.BudgetCategory;
import health.salus.casework.entity.CaseStatus;
import health.salus.casework.entity.FundingPlan;
import health.salus.casework.entity.ServiceDelivery;
import health.salus.shared.control.BoundedReads;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Finds and stores funding plans and the services delivered under them. A delivery is recorded on a
 * plan read {@link #planForUpdate row-locked}, so two deliveries to one plan are paid one after the
 * other and neither overspends unseen.
 */
@Dependent
public class FundingRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<FundingPlan> planOf(long caseId) {
    return em.createNamedQuery(FundingPlan.OF_CASE, FundingPlan.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }

  /** The plan of the case, its row locked until the transaction ends, read afresh. */
  public Optional<FundingPlan> planForUpdate(long caseId) {
    return em.createNamedQuery(FundingPlan.OF_CASE, FundingPlan.class)
        .setParameter("caseId", caseId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<BudgetCategory> category(long id) {
    return Optional.ofNullable(em.find(BudgetCategory.class, id));
  }

  /** The services delivered under the plan, newest first. */
  public List<ServiceDelivery> deliveries(long planId) {
    return em.createQuery(
            "SELECT d FROM ServiceDelivery d WHERE d.category.plan.id = :planId"
                + " ORDER BY d.deliveredOn DESC, d.id DESC",
            ServiceDelivery.class)
        .setParameter("planId", planId)
        .getResultList();
  }

  /** The plans of the cases not closed whose team the account is in. */
  public List<FundingPlan> plansOfCaseload(long accountId) {
    return CaseworkRepository.withPeople(
            em.createQuery(
                "SELECT p FROM FundingPlan p JOIN p.careCase c WHERE c.status <> :closed AND"
                    + " (c.caseManager.id = :me OR EXISTS (SELECT m FROM CareCase c2 JOIN"
                    + " c2.members m WHERE c2 = c AND m.id = :me)) ORDER BY c.id DESC",
                FundingPlan.class),
            "p.careCase")
        .setHint(BoundedReads.FETCH, "p.createdBy")
        .setHint(BoundedReads.BATCH, "p.categories")
        .setParameter("closed", CaseStatus.CLOSED)
        .setParameter("me", accountId)
        .getResultList();
  }
}
