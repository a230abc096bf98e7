package health.salus.community.control;

import health.salus.community.entity.Audience;
import health.salus.community.entity.Connection;
import health.salus.community.entity.StatusUpdate;
import health.salus.directory.control.DemoPeople;
import health.salus.identity.entity.UserAccount;
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
 * The demo of sharing health status: alice and bob are connected; alice has shared one update with
 * her connections and kept one to herself; carol has asked alice to connect and waits for her
 * answer. Seeded in demo mode into an empty connection table, after the community.
 */
@ApplicationScoped
public class SharingInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.SHARING) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(c) FROM Connection c", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    Optional<UserAccount> alice = people.account("alice");
    Optional<UserAccount> bob = people.account("bob");
    Optional<UserAccount> carol = people.account("carol");
    if (alice.isEmpty() || bob.isEmpty() || carol.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Connection friends = new Connection(bob.get(), alice.get(), now.minus(Duration.ofDays(10)));
    friends.accept(alice.get().getId(), now.minus(Duration.ofDays(9)));
    em.persist(friends);
    em.persist(new Connection(carol.get(), alice.get(), now.minus(Duration.ofHours(3))));

    update(
        alice.get(),
        "Good week! My morning readings were **in range** five days out of seven, and I walked"
            + " every evening.",
        4,
        Audience.CONNECTIONS,
        now.minus(Duration.ofDays(2)));
    update(
        alice.get(),
        "Felt low and tired today. Going to bed early and will call the clinic if it lasts.",
        2,
        Audience.ONLY_ME,
        now.minus(Duration.ofHours(20)));
  }

  private void update(
      UserAccount author, String text, int wellbeing, Audience audience, Instant at) {
    StatusUpdate update = new StatusUpdate(author, text, wellbeing, at);
    update.shareWith(audience, null, at);
    em.persist(update);
    em.flush();
  }
}
