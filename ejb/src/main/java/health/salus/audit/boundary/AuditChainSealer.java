package health.salus.audit.boundary;

import health.salus.audit.control.AuditChainRepository;
import health.salus.audit.control.AuditChainRepository.ChainStorageException;
import health.salus.audit.control.AuditChainRepository.Head;
import health.salus.audit.control.ChainHash;
import health.salus.audit.control.ChainedEntry;
import health.salus.audit.control.SealingGate;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals new audit entries into the chain every three seconds, in id order, {@link #BATCH} to a
 * transaction, for up to {@link #ROUND} a round. Writers never wait for it: they insert unsealed
 * entries freely, and only this job ever updates them (their chain column alone). Each batch locks
 * the chain's head row first, so one sealer at a time extends the chain, whatever the number of
 * servers or deployments on the database; another one waits for the lock (or, when its wait times
 * out, tries again next round) and then goes on from the new head. When an entry is ready is {@link
 * SealingGate}'s rule. Bean-managed transactions: one per batch.
 */
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class AuditChainSealer {

  static final int BATCH = 500;
  static final Duration ROUND = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(AuditChainSealer.class.getName());

  @Resource UserTransaction transaction;
  @Inject AuditChainRepository chain;
  @Inject Clock clock;

  @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
  void sealNewEntries() {
    long deadline = System.nanoTime() + ROUND.toNanos();
    try {
      while (sealBatch() == BATCH && System.nanoTime() - deadline < 0) {
        // the next batch at once: a backlog drains within the round
      }
    } catch (RuntimeException e) {
      boolean busy = e instanceof ChainStorageException storage && storage.transientFailure();
      LOG.log(
          busy ? Level.FINE : Level.WARNING,
          "The audit trail could not be sealed this time (the next round tries again)",
          e);
    }
  }

  /** Seals the entries ready above the head, in a transaction of its own; answers how many. */
  private int sealBatch() {
    try {
      transaction.begin();
      Head head = chain.lockHead();
      List<ChainedEntry> ready =
          SealingGate.ready(
              head.sealedThrough(),
              chain.entries(head.sealedThrough(), Long.MAX_VALUE, BATCH),
              clock.instant());
      if (!ready.isEmpty()) {
        List<String> hashes = new ArrayList<>(ready.size());
        String previous = head.hash();
        for (ChainedEntry entry : ready) {
          previous = ChainHash.next(previous, entry);
          hashes.add(previous);
        }
        chain.seal(ready, hashes);
      }
      transaction.commit();
      return ready.size();
    } catch (ChainStorageException e) {
      rollbackQuietly();
      throw e;
    } catch (Exception e) {
      rollbackQuietly();
      throw new IllegalStateException("sealing the audit trail failed", e);
    }
  }

  private void rollbackQuietly() {
    try {
      transaction.rollback();
    } catch (Exception alreadyEnded) {
      // The transaction is gone either way.
    }
  }
}
