package health.salus.consent.control;

import health.salus.consent.entity.ConsentCategory;
import health.salus.consent.entity.ConsentGrant;
import health.salus.directory.control.DemoPeople;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The demo consent: alice lets her daughter carol (the demo carer) see her medications and
 * conditions and act for her, for a year from the day the demo starts. Seeded in demo mode into an
 * empty grant table, after the accounts.
 */
@ApplicationScoped
public class ConsentInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.CONSENT) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(g) FROM ConsentGrant g", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    Optional<Patient> alice = people.patient("alice");
    Optional<UserAccount> carol = people.account("carol");
    if (alice.isEmpty() || carol.isEmpty()) {
      return;
    }
    em.persist(
        new ConsentGrant(
            alice.get(),
            carol.get(),
            List.of(ConsentCategory.MEDICATIONS, ConsentCategory.CONDITIONS),
            clock.instant().atOffset(ZoneOffset.UTC).plusYears(1).toInstant(),
            true,
            clock));
  }
}
