package health.salus.scheduling.control;

import health.salus.directory.entity.Practitioner;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AvailabilityTemplate;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up: in demo mode and with no availability yet, gives the demo clinicians weekly
 * templates of every mode (in person mornings, video early afternoons, phone later); then, in any
 * mode, extends every practitioner's slots to the horizon, so the demo always has free slots over
 * the next weeks, however old its database is.
 */
@ApplicationScoped
public class SchedulingInitialData {

  private static final Logger LOG = Logger.getLogger(SchedulingInitialData.class.getName());

  static final List<String> DEMO_CLINICIANS =
      List.of("dr.chen", "dr.patel", "dr.okafor", "nurse.brown", "physio.kim");

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject SlotGenerator generator;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.SCHEDULING) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(t) FROM AvailabilityTemplate t", Long.class).getSingleResult()
            == 0;
    if (request.demo() && empty) {
      DEMO_CLINICIANS.forEach(this::demoTemplates);
      em.flush();
    }
    int added = 0;
    for (long practitionerId : generator.practitionersWithAvailability()) {
      added += generator.synchronise(practitionerId, clock.instant());
    }
    int total = added;
    LOG.info(() -> "Slots extended to the horizon at start-up: " + total + " added");
  }

  private void demoTemplates(String username) {
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
      if (day != DayOfWeek.SATURDAY) {
        em.persist(
            AvailabilityTemplate.weekly(
                id,
                site,
                day,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                30,
                AppointmentMode.IN_PERSON));
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
