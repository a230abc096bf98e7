package health.salus.audit.control;

import health.salus.audit.boundary.AuditCost;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Times each write of the audit trail into the request's {@link AuditCost}. The write runs in a
 * transaction of its own that the container commits after this interceptor has returned, so the
 * clock stops when that transaction completes (an interposed synchronization), not when the method
 * returns. Outside a request (timers, start-up) nothing is counted.
 */
public class AuditCostMeter {

  @Resource TransactionSynchronizationRegistry transactions;
  @Inject AuditCost cost;

  @AroundInvoke
  Object time(InvocationContext call) throws Exception {
    long start = System.nanoTime();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // Nothing to do before the commit: only its end is timed.
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              count(System.nanoTime() - start);
            }
          }
        });
    return call.proceed();
  }

  private void count(long elapsedNanos) {
    try {
      cost.add(elapsedNanos);
    } catch (ContextNotActiveException outsideARequest) {
      // A timer or the start-up writes the trail: no request to report it to.
    }
  }
}
