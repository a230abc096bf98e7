package health.salus.casework.control;

import health.salus.casework.boundary.FundingThresholdReached;
import health.salus.casework.entity.BudgetCategory;
import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseReview;
import health.salus.casework.entity.FundingPlan;
import health.salus.casework.entity.Money;
import health.salus.casework.entity.Programme;
import health.salus.directory.control.DemoPeople;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.InitialDataRequested;
import health.salus.shared.control.SiteCalendar;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The demo funding plan: alice's AGED_CARE case (run by cm.smith) has a home care package plan for
 * a year that began three months ago. Core supports is 82 % used (cleaning, shopping help and
 * personal care), so the plan shows as at risk and cm.smith has the 80 % alert on the first run;
 * the other categories have little used. Its yearly review is due in three days. Seeded in demo
 * mode, after the cases, into an empty plan table.
 */
@ApplicationScoped
public class FundingInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Event<FundingThresholdReached> thresholds;
  @Inject SiteCalendar site;

  void seed(@Observes @Priority(InitialDataRequested.CASEWORK_PLANS) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(p) FROM FundingPlan p", Long.class).getSingleResult() == 0;
    Optional<UserAccount> smith = people.account("cm.smith");
    if (!request.demo() || !empty || smith.isEmpty()) {
      return;
    }
    em.createQuery(
            "SELECT c FROM CareCase c WHERE c.programme = :programme"
                + " AND c.caseManager = :smith ORDER BY c.id",
            CareCase.class)
        .setParameter("programme", Programme.AGED_CARE)
        .setParameter("smith", smith.get())
        .getResultStream()
        .findFirst()
        .ifPresent(c -> seedPlan(c, smith.get()));
  }

  private void seedPlan(CareCase c, UserAccount smith) {
    Instant now = site.clock().instant();
    LocalDate today = site.today();
    LocalDate start = today.minusMonths(3);
    FundingPlan plan =
        new FundingPlan(c, start, start.plusYears(1), smith, now.minus(Duration.ofDays(90)));
    BudgetCategory core = plan.addCategory("Core supports", new BigDecimal("12000.00"));
    BudgetCategory capacity = plan.addCategory("Capacity building", new BigDecimal("6500.00"));
    plan.addCategory("Capital", new BigDecimal("2000.00"));
    em.persist(plan);
    em.persist(new CaseReview(c, today.plusDays(3), today, now));
    deliver(plan, core, today.minusDays(80), "Cleaning, weekly, 12 weeks", "4320.00", "Tidy Homes");
    deliver(
        plan, core, today.minusDays(60), "Shopping help, twice a week", "2880.50", "Helping Hands");
    deliver(plan, core, today.minusDays(9), "Personal care, mornings", "2639.50", "Helping Hands");
    deliver(
        plan, capacity, today.minusDays(30), "Falls prevention class", "450.00", "Active Ageing");
    for (FundingPlan.Crossing crossing : plan.alertsDue(now)) {
      em.flush();
      thresholds.fire(
          new FundingThresholdReached(
              plan.getId(),
              c.getId(),
              c.getPatient().getFullName(),
              smith.getId(),
              crossing.category(),
              Money.percent(crossing.used(), crossing.budget())));
    }
  }

  private void deliver(
      FundingPlan plan,
      BudgetCategory category,
      LocalDate on,
      String what,
      String amount,
      String provider) {
    em.persist(
        plan.deliver(
            category,
            on,
            what,
            new BigDecimal(amount),
            provider,
            false,
            null,
            plan.getCreatedBy(),
            site.clock()
                .instant()
                .minus(Duration.between(on.atStartOfDay(), site.today().atStartOfDay()))));
  }
}
