package health.salus.audit.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * What writing the audit trail cost this request: how many times it was written and how long that
 * took, each write timed from the call to the end of its own transaction (the commit included). The
 * API reports it in a {@code Server-Timing} header, so that the price of auditing a read can be
 * seen on any request and measured by a benchmark (ear/bench/records.sh).
 */
@RequestScoped
public class AuditCost {

  private long nanos;
  private int writes;

  /** One write of the trail, of this many nanoseconds, commit included. */
  public void add(long elapsedNanos) {
    nanos += elapsedNanos;
    writes++;
  }

  public long nanos() {
    return nanos;
  }

  public int writes() {
    return writes;
  }
}
