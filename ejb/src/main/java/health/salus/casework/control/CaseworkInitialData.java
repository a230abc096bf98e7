package health.salus.casework.control;

import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseGoal;
import health.salus.casework.entity.CaseNote;
import health.salus.casework.entity.CaseTask;
import health.salus.casework.entity.NoteVisibility;
import health.salus.casework.entity.Programme;
import health.salus.casework.entity.Referral;
import health.salus.casework.entity.TaskPriority;
import health.salus.directory.control.DemoPeople;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.InitialDataRequested;
import health.salus.shared.control.SiteCalendar;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The demo casework: cm.smith runs bob's CHRONIC_CARE case (type 2 diabetes after a hospital stay),
 * opened five weeks ago with dr.chen in the team: two goals rated over time, tasks for cm.smith
 * (one overdue), dr.chen and bob, a shared and an internal note, and a podiatry referral that was
 * accepted. cm.smith also runs alice's AGED_CARE case (home support), on hold while she visits
 * family, and a COMMUNITY case for bob that came in as a referral and is still in intake. Seeded in
 * demo mode into an empty case table, after the accounts.
 */
@ApplicationScoped
public class CaseworkInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject SiteCalendar site;

  void seed(@Observes @Priority(InitialDataRequested.CASEWORK) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(c) FROM CareCase c", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    Optional<UserAccount> smith = people.account("cm.smith");
    Optional<UserAccount> chen = people.account("dr.chen");
    Optional<Patient> bob = people.patient("bob");
    Optional<Patient> alice = people.patient("alice");
    if (smith.isEmpty() || chen.isEmpty() || bob.isEmpty() || alice.isEmpty()) {
      return;
    }
    Instant now = site.clock().instant();
    LocalDate today = site.today();
    seedBob(bob.get(), smith.get(), chen.get(), now, today);
    seedAlice(alice.get(), smith.get(), now, today);
  }

  private void seedBob(
      Patient bob, UserAccount smith, UserAccount chen, Instant now, LocalDate today) {
    Instant opened = now.minus(Duration.ofDays(35));
    CareCase c =
        new CareCase(
            bob,
            Programme.CHRONIC_CARE,
            smith,
            "Type 2 diabetes, discharged after a hypoglycaemia admission. Support with diet,"
                + " medicines and foot care.",
            false,
            opened);
    c.addMember(chen);
    em.persist(c);
    CaseGoal glucose =
        new CaseGoal(
            c, "Keep blood glucose between 4 and 10 mmol/L", today.plusMonths(3), smith, opened);
    glucose.rate(3, "Two lows last week", smith, opened.plus(Duration.ofDays(1)));
    glucose.rate(5, "No lows this fortnight", chen, now.minus(Duration.ofDays(14)));
    glucose.rate(7, "Readings mostly in range", smith, now.minus(Duration.ofDays(2)));
    em.persist(glucose);
    CaseGoal walking =
        new CaseGoal(c, "Walk 30 minutes on five days a week", today.plusMonths(2), smith, opened);
    walking.rate(2, null, smith, opened.plus(Duration.ofDays(1)));
    walking.rate(4, "Walking three days a week", smith, now.minus(Duration.ofDays(7)));
    em.persist(walking);
    em.persist(
        new CaseTask(
            c,
            "Phone Bob about his new glucose meter",
            today.minusDays(2),
            smith,
            TaskPriority.HIGH,
            smith,
            opened));
    em.persist(
        new CaseTask(
            c,
            "Review medicines after discharge",
            today.plusDays(5),
            chen,
            TaskPriority.NORMAL,
            smith,
            opened));
    em.persist(
        new CaseTask(
            c,
            "Write down your glucose readings before breakfast",
            today.plusDays(7),
            bob.getAccount(),
            TaskPriority.NORMAL,
            smith,
            opened));
    em.persist(
        new CaseNote(
            c,
            "Bob is walking more and his readings are better. Keep going!",
            NoteVisibility.SHARED,
            smith,
            now.minus(Duration.ofDays(7))));
    em.persist(
        new CaseNote(
            c,
            "Bob seemed low in mood on the phone; consider a mental health care plan with"
                + " dr.chen.",
            NoteVisibility.INTERNAL,
            smith,
            now.minus(Duration.ofDays(6))));
    Referral podiatry =
        new Referral(
            c,
            "Community podiatry",
            "Annual diabetic foot check; reduced sensation in both feet.",
            smith,
            opened.plus(Duration.ofDays(2)));
    podiatry.accept(opened.plus(Duration.ofDays(5)));
    em.persist(podiatry);
    CareCase community =
        new CareCase(
            bob,
            Programme.COMMUNITY,
            smith,
            "Referred by the GP for help with transport to appointments.",
            true,
            now.minus(Duration.ofDays(1)));
    em.persist(community);
  }

  private void seedAlice(Patient alice, UserAccount smith, Instant now, LocalDate today) {
    Instant opened = now.minus(Duration.ofDays(60));
    CareCase c =
        new CareCase(
            alice,
            Programme.AGED_CARE,
            smith,
            "Home support package: help with shopping and cleaning, falls prevention.",
            false,
            opened);
    em.persist(c);
    CaseGoal falls = new CaseGoal(c, "No falls at home", today.plusMonths(6), smith, opened);
    falls.rate(6, "Grab rails fitted", smith, now.minus(Duration.ofDays(20)));
    em.persist(falls);
    em.persist(
        new CaseTask(
            c,
            "Arrange a home safety assessment",
            today.minusDays(5),
            smith,
            TaskPriority.HIGH,
            smith,
            opened));
    em.persist(
        new CaseNote(
            c,
            "Alice is staying with her daughter for three weeks; support paused.",
            NoteVisibility.SHARED,
            smith,
            now.minus(Duration.ofDays(3))));
    c.putOnHold("Staying with family", smith, now.minus(Duration.ofDays(3)));
  }
}
