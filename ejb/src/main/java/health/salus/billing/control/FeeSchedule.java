package health.salus.billing.control;

import health.salus.billing.entity.ConsultationMode;
import health.salus.billing.entity.FeeScheduleItem;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The fee schedule: which item prices a consultation. The practitioner's own item for the mode in
 * force on the day wins; without one, the default item for the mode: for a health educator the
 * educators' default (none: nothing to charge), for anyone else the organisation's default.
 */
@Dependent
public class FeeSchedule {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** The item that prices a consultation of this practitioner in this mode on this day. */
  public Optional<FeeScheduleItem> consultationItem(
      Practitioner practitioner, ConsultationMode mode, LocalDate day) {
    Optional<FeeScheduleItem> own =
        em.createNamedQuery(FeeScheduleItem.FOR_PRACTITIONER, FeeScheduleItem.class)
            .setParameter("practitioner", practitioner)
            .setParameter("mode", mode)
            .setParameter("day", day)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (own.isPresent()) {
      return own;
    }
    return em.createNamedQuery(FeeScheduleItem.DEFAULT_FOR_MODE, FeeScheduleItem.class)
        .setParameter("mode", mode)
        .setParameter("forEducators", isEducator(practitioner))
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Whether the practitioner is a health educator (priced by the educators' default). */
  public static boolean isEducator(Practitioner practitioner) {
    return practitioner.getAccount() != null && practitioner.getAccount().hasRole(Role.EDUCATOR);
  }

  /** The item of this code in force on the day. */
  public Optional<FeeScheduleItem> byCode(String itemCode, LocalDate day) {
    return em.createNamedQuery(FeeScheduleItem.BY_CODE, FeeScheduleItem.class)
        .setParameter("code", itemCode)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public List<FeeScheduleItem> all() {
    return em.createNamedQuery(FeeScheduleItem.ALL, FeeScheduleItem.class).getResultList();
  }

  public Optional<FeeScheduleItem> byId(long id) {
    return Optional.ofNullable(em.find(FeeScheduleItem.class, id));
  }

  public boolean isEmpty() {
    return em.createQuery("SELECT COUNT(f) FROM FeeScheduleItem f", Long.class).getSingleResult()
        == 0;
  }

  public void add(FeeScheduleItem item) {
    em.persist(item);
  }
}
