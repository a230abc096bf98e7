package health.salus.scheduling.control;

import static health.salus.scheduling.entity.AppointmentMode.IN_PERSON;
import static health.salus.scheduling.entity.AppointmentMode.PHONE;
import static health.salus.scheduling.entity.AppointmentMode.VIDEO;

import health.salus.directory.control.DemoPeople;
import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.records.entity.Encounter;
import health.salus.scheduling.entity.Appointment;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AvailabilityTemplate;
import health.salus.scheduling.entity.Slot;
import health.salus.scheduling.entity.WaitlistEntry;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * At start-up: in demo mode and with no availability yet, gives the demo clinicians weekly
 * templates of every mode (in person mornings, video early afternoons, phone later), and the demo
 * educator edu.nguyen video and phone times (no room of her own); then, in any mode, extends every
 * practitioner's slots to the horizon, so the demo always has free slots over the next weeks,
 * however old its database is. On that first demo run it also fills the diaries, relative to the
 * day it starts: today's clinic (the first patient seen or checked in, the next two arrived, the
 * rest booked), visits later this week, past consultations of alice and bob completed with notes,
 * and bob waiting for an earlier video call with dr.okafor. Each appointment goes through its own
 * state changes, at the time they would have happened.
 */
@ApplicationScoped
public class SchedulingInitialData {

  private static final Logger LOG = Logger.getLogger(SchedulingInitialData.class.getName());

  static final List<String> DEMO_CLINICIANS =
      List.of("dr.chen", "dr.patel", "dr.okafor", "nurse.brown", "physio.kim");

  /** Demo educators: consultations by video and phone only ("Ask a health educator"). */
  static final List<String> DEMO_EDUCATORS = List.of("edu.nguyen");

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject SlotGenerator generator;
  @Inject SlotRepository slots;
  @Inject ConsultationRooms rooms;
  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.SCHEDULING) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(t) FROM AvailabilityTemplate t", Long.class).getSingleResult()
            == 0;
    if (request.demo() && empty) {
      DEMO_CLINICIANS.forEach(u -> demoTemplates(u, true));
      DEMO_EDUCATORS.forEach(u -> demoTemplates(u, false));
      em.flush();
    }
    int added = 0;
    for (long practitionerId : generator.practitionersWithAvailability()) {
      added += generator.synchronise(practitionerId, clock.instant());
    }
    int total = added;
    LOG.info(() -> "Slots extended to the horizon at start-up: " + total + " added");
    if (request.demo() && empty) {
      demoDiary();
    }
  }

  /** One demo appointment: who, when (days from today, local time at the site), how and why. */
  record Visit(
      String practitioner,
      String patient,
      int day,
      LocalTime at,
      int minutes,
      AppointmentMode mode,
      String reason) {}

  static final List<Visit> PAST =
      List.of(
          new Visit("dr.chen", "alice", -42, LocalTime.of(9, 30), 30, IN_PERSON, "Diabetes review"),
          new Visit("dr.chen", "bob", -21, LocalTime.of(10, 0), 30, IN_PERSON, "Asthma check"),
          new Visit("dr.chen", "alice", -7, LocalTime.of(13, 20), 20, VIDEO, "Blood pressure"),
          new Visit("dr.chen", "bob", -3, LocalTime.of(11, 0), 30, IN_PERSON, "Mood review"));

  /** Today's clinic, in order of start per practitioner. */
  static final List<Visit> TODAY =
      List.of(
          new Visit(
              "dr.chen", "Margaret Walsh", 0, LocalTime.of(9, 0), 30, IN_PERSON, "Wound check"),
          new Visit("dr.chen", "Tom Okoro", 0, LocalTime.of(9, 30), 30, IN_PERSON, "Blood results"),
          new Visit("dr.chen", "bob", 0, LocalTime.of(10, 30), 30, IN_PERSON, "Inhaler technique"),
          new Visit("dr.chen", "Helen Zhang", 0, LocalTime.of(11, 0), 30, IN_PERSON, "Knee pain"),
          new Visit("dr.chen", "Peter Rossi", 0, LocalTime.of(11, 30), 30, IN_PERSON, "Skin check"),
          new Visit("dr.patel", "Peter Rossi", 0, LocalTime.of(9, 0), 30, IN_PERSON, "Chest pain"),
          new Visit("dr.patel", "Helen Zhang", 0, LocalTime.of(10, 0), 30, IN_PERSON, "ECG review"),
          new Visit("nurse.brown", "Tom Okoro", 0, LocalTime.of(10, 0), 30, IN_PERSON, "Foot care"),
          new Visit(
              "physio.kim", "Margaret Walsh", 0, LocalTime.of(11, 0), 30, IN_PERSON, "Balance"));

  static final List<Visit> THIS_WEEK =
      List.of(
          new Visit("dr.chen", "alice", 2, LocalTime.of(13, 20), 20, VIDEO, "Blood pressure"),
          new Visit("physio.kim", "alice", 4, LocalTime.of(9, 30), 30, IN_PERSON, "Hip exercises"),
          new Visit("dr.okafor", "bob", 3, LocalTime.of(10, 0), 30, IN_PERSON, "Thyroid results"),
          new Visit("dr.chen", "Helen Zhang", 1, LocalTime.of(9, 30), 30, IN_PERSON, "Follow-up"),
          new Visit(
              "nurse.brown", "Peter Rossi", 1, LocalTime.of(10, 0), 30, IN_PERSON, "Dressing"),
          // The educator's own worklist: a call about the asthma action plan, booked by bob.
          new Visit("edu.nguyen", "bob", 2, LocalTime.of(15, 30), 30, PHONE, "Asthma action plan"));

  private void demoDiary() {
    Instant now = clock.instant();
    for (Visit visit : PAST) {
      // Booked a week before, seen and written up on the day.
      book(visit, by -> by.minus(Duration.ofDays(7)), "desk.jones")
          .ifPresent(
              a -> complete(a, "Reviewed. Plan discussed and agreed.", "Continue as planned"));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Visit visit : TODAY) {
      int place = seen.merge(visit.practitioner(), 1, Integer::sum);
      book(visit, start -> start.minus(Duration.ofDays(5)), "desk.jones")
          .ifPresent(
              a -> {
                if (place == 1 && a.isCompletable(now)) {
                  complete(a, "Healing well. No sign of infection.", "Review in two weeks");
                } else if (place <= 3) {
                  a.markArrived("desk.jones", Clock.fixed(min(now, a.getStart()), ZoneOffset.UTC));
                }
              });
    }
    for (Visit visit : THIS_WEEK) {
      book(visit, start -> now.minus(Duration.ofDays(2)), visit.patient());
    }
    Optional<Patient> bob = people.patient("bob");
    Optional<Practitioner> okafor = people.practitioner("dr.okafor");
    if (bob.isPresent() && okafor.isPresent()) {
      em.persist(
          new WaitlistEntry(
              bob.get().getId(),
              okafor.get().getId(),
              AppointmentMode.VIDEO,
              now.plus(Duration.ofDays(5)),
              now.minus(Duration.ofDays(1))));
    }
    em.flush();
  }

  /**
   * Books the visit's slot (made if the templates have none then, as a one-off session would) at
   * the time {@code bookedAt} gives for its start.
   */
  private Optional<Appointment> book(
      Visit visit, UnaryOperator<Instant> bookedAt, String bookedBy) {
    Optional<Practitioner> practitioner = people.practitioner(visit.practitioner());
    Optional<Patient> patient =
        people.patient(visit.patient()).or(() -> people.patientNamed(visit.patient()));
    if (practitioner.isEmpty() || patient.isEmpty() || practitioner.get().getSite() == null) {
      return Optional.empty();
    }
    Practitioner p = practitioner.get();
    ZoneId zone = zone(p);
    Instant start =
        LocalDate.now(clock.withZone(zone))
            .plusDays(visit.day())
            .atTime(visit.at())
            .atZone(zone)
            .toInstant();
    Optional<Slot> existing = slots.at(p.getId(), start);
    if (existing.isPresent() && slots.isBooked(existing.get().getId())) {
      return Optional.empty();
    }
    Slot slot =
        existing.orElseGet(
            () -> {
              Slot made =
                  new Slot(
                      p.getId(),
                      p.getSite().getId(),
                      start,
                      start.plus(Duration.ofMinutes(visit.minutes())),
                      visit.mode());
              em.persist(made);
              em.flush();
              return made;
            });
    Clock then = Clock.fixed(bookedAt.apply(start), ZoneOffset.UTC);
    Appointment appointment =
        new Appointment(slot, patient.get(), p, visit.reason(), bookedBy, rooms.newRoom(), then);
    em.persist(appointment);
    em.flush();
    slots.hold(slot.getId(), appointment.getId());
    return Optional.of(appointment);
  }

  /** Arrived at the start, written up at the end, as the practitioner would. */
  private void complete(Appointment a, String notes, String outcome) {
    String by = a.getPractitioner().getAccount().getUsername();
    a.markArrived("desk.jones", Clock.fixed(a.getStart(), ZoneOffset.UTC));
    Instant end = min(clock.instant(), a.getEnd());
    a.complete(by, Clock.fixed(end, ZoneOffset.UTC));
    em.persist(
        new Encounter(a.getPatient(), a.getPractitioner(), a.getId(), notes, outcome, end, by));
  }

  private static ZoneId zone(Practitioner p) {
    String zone = p.getSite().getTimeZone();
    return zone == null ? ZoneId.of("Australia/Sydney") : ZoneId.of(zone);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private void demoTemplates(String username, boolean inPerson) {
    Practitioner practitioner =
        em.createQuery(
                "SELECT p FROM Practitioner p WHERE p.account.username = :u", Practitioner.class)
            .setParameter("u", username)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (practitioner == null || practitioner.getSite() == null) {
      return;
    }
    long id = practitioner.getId();
    long site = practitioner.getSite().getId();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day == DayOfWeek.SUNDAY) {
        continue;
      }
      if (day != DayOfWeek.SATURDAY && inPerson) {
        em.persist(
            AvailabilityTemplate.weekly(
                id,
                site,
                day,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                30,
                AppointmentMode.IN_PERSON));
      }
      if (day != DayOfWeek.SATURDAY) {
        em.persist(
            AvailabilityTemplate.weekly(
                id,
                site,
                day,
                LocalTime.of(13, 0),
                LocalTime.of(15, 0),
                20,
                AppointmentMode.VIDEO));
      }
      em.persist(
          AvailabilityTemplate.weekly(
              id, site, day, LocalTime.of(15, 0), LocalTime.of(17, 0), 15, AppointmentMode.PHONE));
    }
  }
}
