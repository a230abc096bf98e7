package health.salus.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long before the start a patient may still cancel or move an appointment online
 * (SALUS_SCHEDULING_CANCEL_CUTOFF_HOURS, default 24); after that the practice needs a call, so it
 * can offer the time to someone else.
 */
@ApplicationScoped
public class CancellationCutoff {

  private Duration cutoff;

  CancellationCutoff() {}

  @Inject
  CancellationCutoff(
      @ConfigProperty(name = "salus.scheduling.cancel-cutoff-hours", defaultValue = "24")
          long hours) {
    this.cutoff = Duration.ofHours(hours);
  }

  public static CancellationCutoff ofHours(long hours) {
    return new CancellationCutoff(hours);
  }

  /** Whether an appointment starting at {@code start} may still be cancelled at {@code now}. */
  public boolean allows(Instant start, Instant now) {
    return now.isBefore(start.minus(cutoff));
  }

  public long hours() {
    return cutoff.toHours();
  }
}
