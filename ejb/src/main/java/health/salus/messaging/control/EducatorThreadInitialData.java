package health.salus.messaging.control;

import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.messaging.entity.Message;
import health.salus.messaging.entity.MessageLesson;
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
 * The demo's "Ask a health educator": twelve days ago alice asked edu.nguyen what to eat for
 * breakfast; edu.nguyen answered the next morning with the first diabetes lesson attached, and
 * alice read it. Seeded in demo mode after the programmes (it points to a lesson), while edu.nguyen
 * has no thread yet.
 */
@ApplicationScoped
public class EducatorThreadInitialData {

  static final String SUBJECT = "What can I eat for breakfast?";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.EDUCATION + 10) InitialDataRequested request) {
    Optional<Patient> alice = people.patient("alice");
    Optional<Practitioner> educator = people.practitioner("edu.nguyen");
    if (!request.demo() || alice.isEmpty() || educator.isEmpty()) {
      return;
    }
    boolean none =
        em.createQuery(
                    "SELECT COUNT(t) FROM MessageThread t WHERE t.toPractitioner = :p", Long.class)
                .setParameter("p", educator.get())
                .getSingleResult()
            == 0;
    // The first lesson written: the demo's "What is type 2 diabetes?" (education seeds it first).
    Optional<Long> lesson =
        em.createQuery("SELECT l.id FROM Lesson l ORDER BY l.id", Long.class)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (none && lesson.isPresent()) {
      seed(alice.get(), educator.get(), lesson.get(), clock.instant());
    }
  }

  private void seed(Patient alice, Practitioner educator, long lessonId, Instant now) {
    UserAccount me = alice.getAccount();
    UserAccount nguyen = educator.getAccount();
    Instant asked = now.minus(Duration.ofDays(12));
    MessageThread thread = MessageThread.toPractitioner(alice, SUBJECT, educator, me, asked);
    em.persist(thread);
    Message question =
        thread.post(
            me,
            MessageSide.PATIENT,
            "Hello, my doctor says I have diabetes. What can I eat for breakfast?",
            asked);
    em.persist(question);
    Instant answered = asked.plus(Duration.ofHours(18));
    em.persist(new MessageRead(question, nguyen, MessageSide.CARE, answered));
    Message answer =
        thread.post(
            nguyen,
            MessageSide.CARE,
            "Good question, Alice. Try porridge or wholegrain toast, with an egg or some yoghurt."
                + " Go easy on juice and sweet cereal. This short lesson tells you more.",
            answered);
    em.persist(answer);
    em.persist(new MessageLesson(answer, lessonId, 0));
    em.persist(
        new MessageRead(answer, me, MessageSide.PATIENT, answered.plus(Duration.ofHours(4))));
  }
}
