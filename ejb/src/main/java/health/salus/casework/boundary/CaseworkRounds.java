package health.salus.casework.boundary;

import health.salus.casework.control.CaseworkRepository;
import health.salus.shared.control.SiteCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The casework rounds, every five minutes on every server (the timer is not persistent): each due
 * review becomes the task "Review the case" for the case manager, and each open task past its due
 * date alerts its assignee; "due" and "past" by the provider's days ({@link SiteCalendar}). Every
 * one is claimed on its own ({@link CaseworkClaims}), so however many servers run the round at
 * once, each happens exactly once.
 */
@Stateless
public class CaseworkRounds {

  /** What one round did here. */
  public record Done(int reviewTasks, int overdueAlerts) {}

  private static final Logger LOG = Logger.getLogger(CaseworkRounds.class.getName());

  private final String node = ManagementFactory.getRuntimeMXBean().getName();

  @Inject CaseworkRepository repository;
  @Inject SiteCalendar site;
  @EJB CaseworkClaims claims;

  @PermitAll
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onTimer() {
    run();
  }

  /** Runs the round now: how many review tasks and overdue alerts this server made. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Done run() {
    LocalDate today = site.today();
    int reviews = claimEach(repository.dueReviewIds(today), id -> claims.reviewDue(id, node));
    int alerts = claimEach(repository.unalertedOverdueTaskIds(today), claims::taskOverdue);
    return new Done(reviews, alerts);
  }

  private static int claimEach(List<Long> ids, LongPredicate claim) {
    int won = 0;
    for (long id : ids) {
      try {
        won += claim.test(id) ? 1 : 0;
      } catch (EJBException lostTheRace) {
        LOG.log(Level.FINE, "Casework claim " + id + " was taken by another server", lostTheRace);
      }
    }
    return won;
  }
}
