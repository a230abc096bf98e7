package health.salus.feedback.boundary;

import health.salus.feedback.control.FeedbackRepository;
import health.salus.feedback.control.SlaSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Escalates overdue complaints every five minutes, on every server (the timer is not persistent):
 * each breach found is marked in a transaction of its own ({@link ComplaintBreachMarking}), guarded
 * by the complaint's version, so when two servers check at once exactly one marks it and tells the
 * staff; the other's mark rolls back.
 */
@Stateless
public class ComplaintEscalation {

  private static final Logger LOG = Logger.getLogger(ComplaintEscalation.class.getName());

  @Inject FeedbackRepository repository;
  @Inject SlaSettings sla;
  @EJB ComplaintBreachMarking marking;

  @PermitAll
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void check() {
    escalateOverdue();
  }

  /** Marks every unmarked breach now; answers how many were marked here. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int escalateOverdue() {
    Instant now = sla.clock().now();
    List<Long> candidates = repository.unmarkedBreaches(now);
    int marked = 0;
    for (long id : candidates) {
      try {
        marked += marking.mark(id);
      } catch (EJBException lostTheRace) {
        LOG.log(Level.FINE, "Complaint " + id + " was escalated by another server", lostTheRace);
      }
    }
    return marked;
  }
}
