package health.salus.scheduling.boundary;

import health.salus.scheduling.control.SlotGenerator;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Extends every practitioner's slots to the rolling horizon once a day. Not persistent, so each
 * node of a cluster runs it: that is safe, because the generator adds only what is missing and the
 * unique (practitioner, start) constraint refuses a second insert of the same slot.
 */
@Stateless
public class SlotHorizonTimer {

  private static final Logger LOG = Logger.getLogger(SlotHorizonTimer.class.getName());

  @Inject SlotGenerator generator;
  @Inject Clock clock;

  /** Daily at 01:15 server time; no caller: the container runs it. */
  @PermitAll
  @Schedule(hour = "1", minute = "15", persistent = false)
  public void extendHorizon() {
    int added = 0;
    for (long practitionerId : generator.practitionersWithAvailability()) {
      added += generator.synchronise(practitionerId, clock.instant());
    }
    int total = added;
    LOG.info(() -> "Slot horizon extended: " + total + " slots added");
  }
}
