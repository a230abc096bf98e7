package health.salus.audit.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * What writing the audit trail cost this request: how many times it was written and how long that
 * took: an insert in the caller's transaction from its call to its return (that transaction's
 * commit is the caller's), a write in a transaction of its own from the call to that transaction's
 * end (its commit included). The API reports it in a {@code Server-Timing} header, so that the
 * price of auditing a read can be seen on any request and measured by a benchmark
 * (ear/bench/records.sh).
 */
@RequestScoped
public class AuditCost {

  private long nanos;
  private int writes;

  /** One write of the trail, of this many nanoseconds (see the class for what is timed). */
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
