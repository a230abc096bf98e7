package health.salus.feedback.control;

import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.feedback.entity.Complaint;
import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.ComplaintKind;
import health.salus.feedback.entity.NpsAnswer;
import health.salus.feedback.entity.RatingInvitation;
import health.salus.feedback.entity.Severity;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.scheduling.entity.Slot;
import health.salus.scheduling.entity.SlotBooking;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The demo feedback: past consultations of dr.chen and dr.patel over the last five months, rated,
 * so the trends show; the demo diary's completed consultations invited and rated, except alice's
 * latest (her open invitation); a few Net Promoter answers (alice's is due); bob's complaint
 * acknowledged and his earlier one resolved, alice's compliment, and a complaint the front desk
 * took by phone that is overdue for acknowledgement. Seeded in demo mode into empty feedback
 * tables, after the diary.
 */
@ApplicationScoped
public class FeedbackInitialData {

  /** Past rated consultations: practitioner, patient, days ago, score, comment. */
  record PastRating(String practitioner, String patient, int daysAgo, int score, String comment) {}

  static final List<PastRating> PAST =
      List.of(
          new PastRating("dr.chen", "Margaret Walsh", 150, 4, "Clear and kind."),
          new PastRating("dr.chen", "Tom Okoro", 128, 3, "Waited 40 minutes."),
          new PastRating("dr.chen", "Helen Zhang", 101, 4, null),
          new PastRating("dr.chen", "Peter Rossi", 74, 5, "Took time to explain."),
          new PastRating("dr.chen", "Margaret Walsh", 52, 5, null),
          new PastRating("dr.patel", "Peter Rossi", 143, 2, "Felt rushed."),
          new PastRating("dr.patel", "Helen Zhang", 112, 3, null),
          new PastRating("dr.patel", "Tom Okoro", 86, 3, "Good care, hard to get a time."),
          new PastRating("dr.patel", "Margaret Walsh", 45, 4, null),
          new PastRating("dr.patel", "Helen Zhang", 18, 5, "Much better this time."));

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject SlaSettings sla;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.FEEDBACK) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(i) FROM RatingInvitation i", Long.class).getSingleResult() == 0
            && em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult()
                == 0;
    if (!request.demo() || !empty) {
      return;
    }
    PAST.forEach(this::pastRating);
    rateTheDiary();
    Optional<UserAccount> desk = people.account("desk.jones");
    Optional<Patient> bob = people.patient("bob");
    Optional<Patient> alice = people.patient("alice");
    if (desk.isEmpty() || bob.isEmpty() || alice.isEmpty()) {
      return;
    }
    npsAnswers(desk.get(), bob.get());
    complaints(desk.get(), bob.get(), alice.get());
    em.flush();
  }

  private void pastRating(PastRating past) {
    Optional<Practitioner> practitioner = people.practitioner(past.practitioner());
    Optional<Patient> patient = people.patientNamed(past.patient());
    if (practitioner.isEmpty() || patient.isEmpty() || practitioner.get().getSite() == null) {
      return;
    }
    Practitioner p = practitioner.get();
    String zone = p.getSite().getTimeZone();
    ZoneId at = zone == null ? ZoneId.of("Australia/Sydney") : ZoneId.of(zone);
    LocalDate day = LocalDate.now(clock.withZone(at)).minusDays(past.daysAgo());
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    Instant start = day.atTime(LocalTime.of(15, 30)).atZone(at).toInstant();
    Instant end = start.plus(Duration.ofMinutes(20));
    Slot slot = new Slot(p.getId(), p.getSite().getId(), start, end, AppointmentMode.IN_PERSON);
    em.persist(slot);
    em.flush();
    Appointment a =
        new Appointment(
            slot,
            patient.get(),
            p,
            "Review",
            "desk.jones",
            null,
            Clock.fixed(start.minus(Duration.ofDays(7)), ZoneOffset.UTC));
    em.persist(a);
    em.flush();
    em.persist(new SlotBooking(slot.getId(), a.getId()));
    a.markArrived("desk.jones", Clock.fixed(start, ZoneOffset.UTC));
    a.complete(p.getAccount().getUsername(), Clock.fixed(end, ZoneOffset.UTC));
    RatingInvitation invitation = new RatingInvitation(a.getId(), patient.get(), p, start, end);
    invitation.rate(past.score(), past.comment(), null, end.plus(Duration.ofHours(20)));
    em.persist(invitation);
  }

  /** The diary's completed consultations: invited, and rated but for alice's latest. */
  private void rateTheDiary() {
    List<Appointment> done =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.status = :done AND NOT EXISTS"
                    + " (SELECT i FROM RatingInvitation i WHERE i.appointmentId = a.id)"
                    + " ORDER BY a.start DESC, a.id DESC",
                Appointment.class)
            .setParameter("done", AppointmentStatus.COMPLETED)
            .getResultList();
    boolean aliceInvited = false;
    int score = 0;
    for (Appointment a : done) {
      Instant ended = a.getStatusChangedAt();
      RatingInvitation invitation =
          new RatingInvitation(a.getId(), a.getPatient(), a.getPractitioner(), a.getStart(), ended);
      UserAccount account = a.getPatient().getAccount();
      boolean alice = account != null && account.getUsername().equals("alice");
      if (alice && !aliceInvited) {
        aliceInvited = true; // her latest stays open
      } else if (ended.isBefore(clock.instant().minus(Duration.ofHours(2)))) {
        invitation.rate(
            3 + (score++ % 3),
            score % 2 == 0 ? "Friendly staff." : null,
            account,
            ended.plus(Duration.ofHours(3)));
      }
      em.persist(invitation);
    }
  }

  private void npsAnswers(UserAccount desk, Patient bob) {
    Instant now = clock.instant();
    em.persist(
        new NpsAnswer(bob, 8, "Good doctors.", bob.getAccount(), now.minus(Duration.ofDays(30))));
    int[] scores = {10, 9, 6, 9};
    String[] names = {"Margaret Walsh", "Tom Okoro", "Helen Zhang", "Peter Rossi"};
    for (int i = 0; i < names.length; i++) {
      int score = scores[i];
      Instant when = now.minus(Duration.ofDays(20L + 25L * i));
      // Taken by the front desk in the phone survey.
      people
          .patientNamed(names[i])
          .ifPresent(p -> em.persist(new NpsAnswer(p, score, null, desk, when)));
    }
  }

  private void complaints(UserAccount desk, Patient bob, Patient alice) {
    Instant now = clock.instant();
    Optional<Practitioner> chen = people.practitioner("dr.chen");
    Complaint resolved =
        complaint(
            bob,
            ComplaintKind.COMPLAINT,
            ComplaintCategory.BILLING,
            "I was charged twice for my asthma check.",
            null,
            bob.getAccount(),
            now.minus(Duration.ofDays(40)));
    resolved.triage(null, Severity.LOW, null, desk, now.minus(Duration.ofDays(39)));
    resolved.acknowledge("We are checking your invoices.", desk, now.minus(Duration.ofDays(39)));
    resolved.resolve(
        "The second charge was an error. We refunded it to your card.",
        desk,
        now.minus(Duration.ofDays(33)));
    Complaint acknowledged =
        complaint(
            bob,
            ComplaintKind.COMPLAINT,
            ComplaintCategory.ACCESS,
            "The lift at the clinic was out of order and nobody told me.",
            null,
            bob.getAccount(),
            now.minus(Duration.ofDays(4)));
    acknowledged.triage(
        null, Severity.MEDIUM, "Facilities to check", desk, now.minus(Duration.ofDays(3)));
    acknowledged.acknowledge(
        "Sorry about this. We are talking to the building manager.",
        desk,
        now.minus(Duration.ofDays(3)));
    Complaint compliment =
        complaint(
            alice,
            ComplaintKind.COMPLIMENT,
            ComplaintCategory.CARE,
            "Dr Chen explained my blood pressure results so clearly. Thank you!",
            chen.orElse(null),
            alice.getAccount(),
            now.minus(Duration.ofDays(12)));
    compliment.acknowledge(
        "Thank you. We passed it on to Dr Chen.", desk, now.minus(Duration.ofDays(11)));
    compliment.resolve("Shared with Dr Chen and the team.", desk, now.minus(Duration.ofDays(11)));
    people
        .patientNamed("Tom Okoro")
        .ifPresent(
            tom ->
                complaint(
                    tom,
                    ComplaintKind.COMPLAINT,
                    ComplaintCategory.COMMUNICATION,
                    "Phoned in: nobody called back about my blood results.",
                    chen.orElse(null),
                    desk,
                    now.minus(Duration.ofDays(7))));
  }

  private Complaint complaint(
      Patient patient,
      ComplaintKind kind,
      ComplaintCategory category,
      String description,
      Practitioner practitioner,
      UserAccount by,
      Instant at) {
    SlaClock clocks = sla.clock();
    Complaint c =
        new Complaint(
            patient,
            kind,
            category,
            description,
            null,
            practitioner,
            by,
            at,
            clocks.acknowledgeBy(at),
            clocks.resolveBy(at));
    em.persist(c);
    return c;
  }
}
