package health.salus.messaging.control;

import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.messaging.entity.Message;
import health.salus.messaging.entity.MessageAttachment;
import health.salus.messaging.entity.MessageAttachmentContent;
import health.salus.messaging.entity.MessageSide;
import health.salus.messaging.entity.MessageThread;
import health.salus.messaging.entity.ThreadPriority;
import health.salus.messaging.entity.ThreadStatus;
import health.salus.shared.boundary.InitialDataRequested;
import health.salus.shared.control.DemoDocuments;
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
 * The demo of the care team's side of messaging, for dr.chen's team: alice sent her discharge
 * letter (a small PDF) an hour ago; her question about a repeat prescription, eight days old, is
 * overdue; her sore knee (this morning) is URGENT and given to dr.chen. Seeded in demo mode after
 * the first conversations, once (while no message carries a file).
 */
@ApplicationScoped
public class MessagingTeamsInitialData {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject ReplyTimes replyTimes;
  @Inject Clock clock;

  void seed(
      @Observes @Priority(InitialDataRequested.MESSAGING_TEAMS) InitialDataRequested request) {
    boolean none =
        em.createQuery("SELECT COUNT(a) FROM MessageAttachment a", Long.class).getSingleResult()
            == 0;
    Optional<Patient> alice = people.patient("alice");
    Optional<Practitioner> chen = people.practitioner("dr.chen");
    if (!request.demo() || !none || alice.isEmpty() || chen.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    UserAccount me = alice.get().getAccount();

    Instant sent = now.minus(Duration.ofHours(1));
    MessageThread letter = ask(alice.get(), "My hospital discharge letter", sent);
    Message withFile =
        post(letter, me, "Here is the letter the hospital gave me when I went home.", sent);
    byte[] pdf =
        DemoDocuments.pdf(
            "Discharge summary",
            "Patient: Alice. Admitted for observation after a fall; no fracture found.",
            "Advice: rest, paracetamol as needed, see the GP within one week.");
    MessageAttachment file =
        new MessageAttachment(withFile, "discharge-letter.pdf", "application/pdf", pdf, pdf.length);
    em.persist(file);
    em.flush();
    em.persist(new MessageAttachmentContent(file, pdf));

    Instant old = now.minus(Duration.ofDays(8));
    MessageThread prescription = ask(alice.get(), "Repeat prescription for my tablets", old);
    post(prescription, me, "Could I have a new prescription for my blood pressure tablets?", old);

    Instant morning = now.minus(Duration.ofHours(3));
    MessageThread knee = ask(alice.get(), "Sore knee after walking", morning);
    post(knee, me, "My knee is swollen after my walk. Should I come in?", morning);
    knee.triage(knee.getVersion(), chen.get(), ThreadPriority.URGENT, ThreadStatus.OPEN, null);
  }

  private MessageThread ask(Patient patient, String subject, Instant at) {
    MessageThread thread = MessageThread.toCareTeam(patient, subject, patient.getAccount(), at);
    thread.awaitReplyBy(replyTimes.replyDue(at, thread.getToTeam()));
    em.persist(thread);
    return thread;
  }

  private Message post(MessageThread thread, UserAccount author, String body, Instant at) {
    Message message = thread.post(author, MessageSide.PATIENT, body, at);
    em.persist(message);
    return message;
  }
}
