package health.salus.scheduling.control;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.scheduling.boundary.SlotFreed;
import health.salus.scheduling.boundary.WaitlistOffer;
import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.WaitlistEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Offers a freed slot to the first patient waiting for it (oldest entry that fits, never the one
 * who gave it up), once: their entry becomes NOTIFIED. One indexed query for one row; called in a
 * transaction of its own after the cancellation committed (see WaitlistOffering).
 */
@ApplicationScoped
public class WaitlistOffers {

  @Inject WaitlistRepository waitlist;
  @Inject AuditTrail audit;
  @Inject Event<WaitlistOffer> offers;
  @Inject Clock clock;

  public void offer(SlotFreed freed) {
    Instant now = clock.instant();
    AppointmentMode mode = AppointmentMode.valueOf(freed.mode());
    if (!freed.start().isAfter(now)) {
      return; // a slot in the past helps nobody
    }
    waitlist
        .firstFitting(freed.practitionerId(), mode, freed.start(), freed.previousPatientId())
        .filter(entry -> entry.fits(freed.start(), mode, now))
        .ifPresent(entry -> offer(entry, freed, now));
  }

  private void offer(WaitlistEntry entry, SlotFreed freed, Instant now) {
    entry.notified(freed.slotId(), now);
    audit.record(
        AuditEvent.of("WAITLIST_NOTIFY", AuditOutcome.SUCCESS)
            .aboutPatient(entry.getPatientId())
            .object("WaitlistEntry", entry.getId()));
    offers.fire(
        new WaitlistOffer(
            entry.getId(),
            entry.getPatientId(),
            freed.practitionerId(),
            freed.slotId(),
            freed.mode(),
            freed.start()));
  }
}
