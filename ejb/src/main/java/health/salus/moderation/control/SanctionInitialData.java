package health.salus.moderation.control;

import health.salus.community.entity.Post;
import health.salus.community.entity.SupportGroup;
import health.salus.directory.control.DemoPeople;
import health.salus.identity.entity.UserAccount;
import health.salus.moderation.entity.Appeal;
import health.salus.moderation.entity.ModerationAction;
import health.salus.moderation.entity.ModerationActionKind;
import health.salus.moderation.entity.Sanction;
import health.salus.moderation.entity.SanctionKind;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Demo sanctions and appeals, after the community: carol had a warning from mod.lee ten days ago
 * (long over); a post of bob's in the heart failure group was hidden as advertising and bob's
 * appeal of it waits for mod.lee to decide. Seeded in demo mode when no sanction is stored.
 */
@ApplicationScoped
public class SanctionInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.MODERATION) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(s) FROM Sanction s", Long.class).getSingleResult() == 0;
    Optional<UserAccount> bob = people.account("bob");
    Optional<UserAccount> carol = people.account("carol");
    Optional<UserAccount> lee = people.account("mod.lee");
    Optional<SupportGroup> heart =
        em.createQuery(
                "SELECT g FROM SupportGroup g WHERE g.name = 'Heart failure support'",
                SupportGroup.class)
            .getResultStream()
            .findFirst();
    if (!request.demo()
        || !empty
        || bob.isEmpty()
        || carol.isEmpty()
        || lee.isEmpty()
        || heart.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Instant warned = now.minus(Duration.ofDays(10));
    Sanction warning =
        new Sanction(
            carol.get(),
            null,
            SanctionKind.WARN,
            "You shared another member's phone number in a post. Please keep other people's"
                + " details private.",
            null,
            lee.get(),
            warned);
    em.persist(warning);
    em.persist(ModerationAction.of(warning));

    Instant posted = now.minus(Duration.ofDays(3));
    Post cuffs =
        new Post(
            heart.get(),
            bob.get(),
            "The blood pressure cuff I use at home",
            "My nurse showed me how to use an upper-arm cuff. I bought mine at the chemist near"
                + " the station and it matches the clinic's readings.",
            posted);
    em.persist(cuffs);
    String why = "Looks like advertising for a shop.";
    cuffs.hide(why);
    ModerationAction hidden =
        new ModerationAction(
            posted.plus(Duration.ofHours(2)),
            lee.get(),
            ModerationActionKind.HIDE,
            cuffs,
            null,
            bob.get(),
            why);
    em.persist(hidden);
    em.persist(
        new Appeal(
            hidden,
            bob.get(),
            "I am not selling anything. I only said where I bought it, because people asked"
                + " which cuff matches the clinic.",
            posted.plus(Duration.ofHours(5))));
  }
}
