package health.salus.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * A circuit breaker for the database. Once a request has found the database away, the others are
 * told so at once (503) instead of each waiting seconds for the pool and the driver to give up;
 * every {@link #PROBE_EVERY} one request first asks the database whether it answers again, and if
 * it does, everything goes through again. One per server; it trips by itself, on what requests
 * meet, and needs no configuration. The timeouts of the pool bound how long the requests that meet
 * the outage (and the probes) wait.
 */
@ApplicationScoped
public class DatabaseCircuit {

  static final Duration PROBE_EVERY = Duration.ofSeconds(1);

  // While a probe runs, the others keep being refused; should a probe never come back (it cannot,
  // the pool's timeouts end it), another one is let through after this.
  static final Duration PROBE_LIMIT = Duration.ofSeconds(30);

  private static final Logger LOG = Logger.getLogger(DatabaseCircuit.class.getName());
  private static final long CLOSED = Long.MIN_VALUE;

  private final AtomicLong refuseUntil = new AtomicLong(CLOSED);
  private LongSupplier nanoTime = System::nanoTime;
  private BooleanSupplier databaseAnswers;

  @Inject HealthCheck healthCheck;

  public DatabaseCircuit() {}

  DatabaseCircuit(LongSupplier nanoTime, BooleanSupplier databaseAnswers) {
    this.nanoTime = nanoTime;
    this.databaseAnswers = databaseAnswers;
  }

  /**
   * Whether a request may use the database: yes while nothing is known to be wrong; after an
   * outage, no, except for one request a second, which asks the database first.
   */
  public boolean admits() {
    long until = refuseUntil.get();
    if (until == CLOSED) {
      return true;
    }
    long now = nanoTime.getAsLong();
    long probing = now + PROBE_LIMIT.toNanos();
    if (now - until < 0 || !refuseUntil.compareAndSet(until, probing)) {
      return false; // refused, or another request is asking the database just now
    }
    if (answers()) {
      refuseUntil.compareAndSet(probing, CLOSED); // unless a request tripped it meanwhile
      LOG.info("The database answers again: requests go through");
      return true;
    }
    refuseUntil.set(nanoTime.getAsLong() + PROBE_EVERY.toNanos());
    return false;
  }

  /** A request found the database away: refuse the others until a probe finds it back. */
  public void tripped() {
    long until = nanoTime.getAsLong() + PROBE_EVERY.toNanos();
    if (refuseUntil.getAndSet(until) == CLOSED) {
      LOG.warning("The database is away: requests are answered 503 until it answers again");
    }
  }

  /** Whether requests are being refused now (for monitoring and tests). */
  public boolean isOpen() {
    return refuseUntil.get() != CLOSED;
  }

  private boolean answers() {
    try {
      return databaseAnswers != null
          ? databaseAnswers.getAsBoolean()
          : healthCheck.databaseAnswers();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
