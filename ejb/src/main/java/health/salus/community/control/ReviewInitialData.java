package health.salus.community.control;

import health.salus.community.entity.ServiceReview;
import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The demo's reviews of health services: alice and bob, who saw dr.chen in the past weeks, reviewed
 * him (bob's with dr.chen's public reply), and alice reviewed his clinic. Seeded in demo mode into
 * an empty review table, after the appointments.
 */
@ApplicationScoped
public class ReviewInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.REVIEWS) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(r) FROM ServiceReview r", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    Optional<Patient> alice = people.patient("alice");
    Optional<Patient> bob = people.patient("bob");
    Optional<Practitioner> chen = people.practitioner("dr.chen");
    if (alice.isEmpty() || bob.isEmpty() || chen.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    UserAccount chenAccount = chen.get().getAccount();
    em.persist(
        ServiceReview.ofPractitioner(
            alice.get().getAccount(),
            alice.get(),
            chen.get(),
            5,
            "Dr Chen listened carefully and explained my new diabetes plan in plain words. I left"
                + " knowing what to do next.",
            now.minus(Duration.ofDays(40))));
    ServiceReview bobs =
        ServiceReview.ofPractitioner(
            bob.get().getAccount(),
            bob.get(),
            chen.get(),
            4,
            "Helpful asthma check and a clear action plan. I waited 20 minutes past my time, though.",
            now.minus(Duration.ofDays(20)));
    bobs.reply(
        chenAccount,
        "Thank you, Bob. Sorry about the wait: we now send a text message when we run late.",
        now.minus(Duration.ofDays(19)));
    em.persist(bobs);
    if (chen.get().getSite() != null) {
      em.persist(
          ServiceReview.ofSite(
              alice.get().getAccount(),
              alice.get(),
              chen.get().getSite(),
              4,
              "Friendly front desk and easy parking. The waiting room was busy but clean.",
              now.minus(Duration.ofDays(40))));
    }
  }
}
