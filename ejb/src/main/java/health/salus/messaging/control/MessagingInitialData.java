package health.salus.messaging.control;

import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.messaging.entity.Message;
import health.salus.messaging.entity.MessageRead;
import health.salus.messaging.entity.MessageSide;
import health.salus.messaging.entity.MessageThread;
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
 * The demo conversations: alice asked her care team about her blood pressure two days ago; dr.chen
 * answered, she read it and thanked him, and his latest note (this morning) she has not opened yet
 * (one unread for alice). bob wrote to dr.chen about his walking plan; dr.chen has not opened it.
 * Seeded in demo mode into an empty message table, after the accounts and the care team.
 */
@ApplicationScoped
public class MessagingInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.MESSAGING) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(t) FROM MessageThread t", Long.class).getSingleResult() == 0;
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
    seedAlice(alice.get(), chen.get().getAccount(), now);
    seedBob(bob.get(), chen.get(), now);
  }

  private void seedAlice(Patient alice, UserAccount chen, Instant now) {
    UserAccount me = alice.getAccount();
    Instant asked = now.minus(Duration.ofDays(2));
    MessageThread thread = MessageThread.toCareTeam(alice, "My blood pressure readings", me, asked);
    em.persist(thread);
    Message question =
        post(
            thread,
            me,
            MessageSide.PATIENT,
            "Hello Dr Chen, my blood pressure was **162** yesterday morning. Should I change"
                + " anything before my next visit?",
            asked);
    Instant answered = asked.plus(Duration.ofHours(3));
    read(question, chen, MessageSide.CARE, answered.minus(Duration.ofMinutes(5)));
    Message answer =
        post(
            thread,
            chen,
            MessageSide.CARE,
            "Thank you, Alice. One high reading is not a worry on its own. Please:\n\n"
                + "- measure twice each morning this week, sitting quietly first\n"
                + "- keep taking your tablets as usual\n\n"
                + "If it is above 180, or you have a headache or chest pain, call us the same day.",
            answered);
    Instant thanked = answered.plus(Duration.ofHours(2));
    read(answer, me, MessageSide.PATIENT, thanked.minus(Duration.ofMinutes(1)));
    Message thanks = post(thread, me, MessageSide.PATIENT, "Thank you, I will do that.", thanked);
    Instant note = now.minus(Duration.ofHours(1));
    read(thanks, chen, MessageSide.CARE, note.minus(Duration.ofMinutes(2)));
    post(
        thread,
        chen,
        MessageSide.CARE,
        "Your readings this week look better. Please bring your meter to your next visit.",
        note);
  }

  private void seedBob(Patient bob, Practitioner chen, Instant now) {
    UserAccount me = bob.getAccount();
    Instant at = now.minus(Duration.ofHours(5));
    MessageThread thread = MessageThread.toPractitioner(bob, "My walking plan", chen, me, at);
    em.persist(thread);
    post(
        thread,
        me,
        MessageSide.PATIENT,
        "Hi Dr Chen, I now walk 6,000 steps a day. Can I do more, or should I wait until our"
            + " next visit?",
        at);
  }

  private Message post(
      MessageThread thread, UserAccount author, MessageSide side, String body, Instant at) {
    Message message = thread.post(author, side, body, at);
    em.persist(message);
    return message;
  }

  private void read(Message message, UserAccount reader, MessageSide side, Instant at) {
    em.persist(new MessageRead(message, reader, side, at));
  }
}
