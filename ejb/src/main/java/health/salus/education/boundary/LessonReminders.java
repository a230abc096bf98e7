package health.salus.education.boundary;

import health.salus.education.control.EducationRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lesson reminder round, every fifteen minutes on every server (the timer is not persistent): a
 * patient enrolled in a programme whose next lesson has waited {@code
 * salus.education.reminder-after-days} days (7 unless configured) without progress gets one
 * reminder. Each stall is claimed on its own ({@link LessonReminderClaims}), so however many
 * servers run the round at once, and however often, the patient hears about it once.
 */
@Stateless
public class LessonReminders {

  /** What one round did here. */
  public record Done(int reminders) {}

  private static final Logger LOG = Logger.getLogger(LessonReminders.class.getName());

  private final String node = ManagementFactory.getRuntimeMXBean().getName();

  @Inject EducationRepository repository;
  @Inject Clock clock;
  @EJB LessonReminderClaims claims;

  @Inject
  @ConfigProperty(name = "salus.education.reminder-after-days", defaultValue = "7")
  int afterDays;

  @PermitAll
  @Schedule(minute = "*/15", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onTimer() {
    run();
  }

  /** Runs the round now: how many reminders this server sent. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Done run() {
    return runAsOf(clock.instant());
  }

  /**
   * Runs the round as if it were {@code now} (the test deployment runs it days ahead, instead of
   * waiting the days): stalls are those with no progress since {@code now} less the period.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Done runAsOf(Instant now) {
    Instant cutoff = now.minus(Duration.ofDays(Math.max(1, afterDays)));
    int won = 0;
    for (long id : repository.stalledEnrolmentIds(cutoff)) {
      try {
        won += claims.remind(id, cutoff, node) ? 1 : 0;
      } catch (EJBException lostTheRace) {
        LOG.log(Level.FINE, "Lesson reminder " + id + " was taken by another server", lostTheRace);
      }
    }
    return new Done(won);
  }
}
