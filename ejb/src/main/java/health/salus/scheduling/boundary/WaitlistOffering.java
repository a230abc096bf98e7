package health.salus.scheduling.boundary;

import health.salus.scheduling.control.WaitlistOffers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Offers a freed slot to the waitlist once the cancellation or move that freed it has committed, so
 * that a clash over a waitlist entry (two slots of one practitioner freed at the same moment) can
 * never undo the patient's cancellation. The offer runs in a transaction of its own and is tried
 * once more when it loses such a clash (the next fitting patient then gets it).
 */
@Stateless
public class WaitlistOffering {

  private static final Logger LOG = Logger.getLogger(WaitlistOffering.class.getName());
  private static final int ATTEMPTS = 2;

  @Resource SessionContext session;
  @Inject WaitlistOffers offers;

  /**
   * Observes freed slots after the freeing transaction succeeded. Open to every caller (PermitAll):
   * it acts on the committed change of a caller whom the booking service has already checked, and
   * takes no input of a user.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onFreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlotFreed freed) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        self().offer(freed);
        return;
      } catch (EJBException clash) {
        LOG.log(Level.FINE, "Waitlist offer of slot " + freed.slotId() + " lost a clash", clash);
      }
    }
    LOG.warning(
        () -> "Slot " + freed.slotId() + " was freed but could not be offered to the waitlist");
  }

  /** One attempt, in a transaction of its own. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void offer(SlotFreed freed) {
    offers.offer(freed);
  }

  private WaitlistOffering self() {
    return session.getBusinessObject(WaitlistOffering.class);
  }
}
