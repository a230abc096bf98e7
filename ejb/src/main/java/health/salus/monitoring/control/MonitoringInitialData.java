package health.salus.monitoring.control;

import health.salus.directory.control.DemoPeople;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.monitoring.entity.Excursion;
import health.salus.monitoring.entity.Reading;
import health.salus.monitoring.entity.ReadingAlert;
import health.salus.monitoring.entity.ReadingType;
import health.salus.monitoring.entity.Threshold;
import health.salus.monitoring.entity.WellbeingCheckIn;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The demo monitoring: alice has three months of morning blood pressure (every other day) and
 * fasting glucose (twice a week) readings, thresholds dr.chen set (systolic 90..140, diastolic up
 * to 90, glucose 4.0..10.0), and yesterday's systolic of 162 left one open alert in dr.chen's
 * worklist; she took the WHO-5 check-in weekly for four weeks (the last 8 days ago, so the demo can
 * take the next). bob has a few weights and step counts and no thresholds. Values vary by a fixed
 * pattern, not at random, so every demo looks the same. Seeded in demo mode into an empty reading
 * table, after the accounts and the care team.
 */
@ApplicationScoped
public class MonitoringInitialData {

  static final int DAYS = 90;

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.MONITORING) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(r) FROM Reading r", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    Optional<Patient> alice = people.patient("alice");
    Optional<Patient> bob = people.patient("bob");
    Optional<UserAccount> chen = people.account("dr.chen");
    if (alice.isEmpty() || bob.isEmpty() || chen.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Instant morning = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofHours(2));
    seedAlice(alice.get(), chen.get(), now, morning);
    seedBob(bob.get(), now, morning);
  }

  private void seedAlice(Patient alice, UserAccount chen, Instant now, Instant morning) {
    Instant set = now.minus(Duration.ofDays(DAYS + 1));
    em.persist(new Threshold(alice, ReadingType.BLOOD_PRESSURE_SYSTOLIC, 90.0, 140.0, chen, set));
    em.persist(new Threshold(alice, ReadingType.BLOOD_PRESSURE_DIASTOLIC, null, 90.0, chen, set));
    em.persist(new Threshold(alice, ReadingType.BLOOD_GLUCOSE, 4.0, 10.0, chen, set));
    for (int day = DAYS; day >= 2; day -= 2) {
      Instant at = morning.minus(Duration.ofDays(day));
      read(alice, ReadingType.BLOOD_PRESSURE_SYSTOLIC, 128 + wave(day, 9), "mmHg", at, now);
      read(alice, ReadingType.BLOOD_PRESSURE_DIASTOLIC, 80 + wave(day, 6), "mmHg", at, now);
    }
    for (int day = DAYS - 1; day >= 1; day -= 3) {
      Instant at = morning.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(20));
      read(alice, ReadingType.BLOOD_GLUCOSE, 6.8 + wave(day, 1.4), "mmol/L", at, now);
    }
    Instant yesterday = morning.minus(Duration.ofDays(1));
    read(alice, ReadingType.BLOOD_PRESSURE_SYSTOLIC, 162, "mmHg", yesterday, now);
    read(alice, ReadingType.BLOOD_PRESSURE_DIASTOLIC, 88, "mmHg", yesterday, now);
    Excursion systolic = new Excursion(alice, ReadingType.BLOOD_PRESSURE_SYSTOLIC, set);
    systolic.observe(false, yesterday);
    em.persist(systolic);
    em.persist(new Excursion(alice, ReadingType.BLOOD_PRESSURE_DIASTOLIC, set));
    em.persist(new Excursion(alice, ReadingType.BLOOD_GLUCOSE, set));
    em.persist(
        new ReadingAlert(
            alice,
            ReadingType.BLOOD_PRESSURE_SYSTOLIC,
            162,
            90.0,
            140.0,
            yesterday,
            yesterday.plusSeconds(5)));
    List<List<Integer>> answers =
        List.of(
            List.of(3, 3, 4, 3, 3),
            List.of(3, 3, 3, 3, 3),
            List.of(4, 3, 4, 3, 3),
            List.of(3, 2, 3, 3, 3));
    for (int week = 0; week < answers.size(); week++) {
      Instant at = now.minus(Duration.ofDays(29L - 7L * week));
      em.persist(new WellbeingCheckIn(alice, answers.get(week), at));
    }
    em.persist(new Excursion(alice, ReadingType.WELLBEING, set));
  }

  private void seedBob(Patient bob, Instant now, Instant morning) {
    for (int day = 14; day >= 0; day -= 7) {
      Instant at = morning.minus(Duration.ofDays(day));
      read(bob, ReadingType.WEIGHT, 92.4 - (14 - day) * 0.1, "kg", at, now);
    }
    for (int day = 6; day >= 1; day--) {
      Instant evening = morning.minus(Duration.ofDays(day)).plus(Duration.ofHours(12));
      read(bob, ReadingType.STEPS, 5200 + Math.round(wave(day, 1800)), "steps", evening, now);
    }
  }

  /** A fixed variation of up to {@code amplitude} around 0, by day. */
  private static double wave(int day, double amplitude) {
    return amplitude * Math.sin(day * 0.7) * Math.cos(day * 0.23);
  }

  private void read(
      Patient patient, ReadingType type, double value, String unit, Instant at, Instant now) {
    em.persist(new Reading(patient, type, value, unit, at, now));
  }
}
