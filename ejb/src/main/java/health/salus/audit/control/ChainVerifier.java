package health.salus.audit.control;

import health.salus.audit.boundary.ChainBreak;
import health.salus.audit.boundary.ChainReport;
import health.salus.audit.control.AuditChainRepository.Head;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Walks the audit trail's chain from the first entry to the head in id order, a batch at a time
 * (constant memory), recomputing each seal from the entry as stored and the seal before it. The
 * head is read first: entries up to it never change legitimately, so the walk needs no lock while
 * the sealer extends the chain beyond it.
 */
@Dependent
public class ChainVerifier {

  static final int BATCH = 500;

  @Inject AuditChainRepository chain;

  public ChainReport verify() {
    Head head = chain.head();
    String previous = ChainHash.GENESIS;
    long last = 0;
    long checked = 0;
    List<ChainedEntry> batch;
    while (!(batch = chain.entries(last, head.sealedThrough(), BATCH)).isEmpty()) {
      for (ChainedEntry entry : batch) {
        ChainBreak problem = null;
        String expected = ChainHash.next(previous, entry);
        if (!entry.sealed()) {
          problem = ChainBreak.INSERTED_BEHIND;
        } else if (!expected.equals(entry.chainHash())) {
          problem = ChainBreak.ALTERED;
        }
        if (problem != null) {
          return ChainReport.broken(checked, head.sealedThrough(), tail(head), entry.id(), problem);
        }
        previous = expected;
        last = entry.id();
        checked++;
      }
    }
    if (last != head.sealedThrough() || !previous.equals(head.hash())) {
      return ChainReport.broken(
          checked, head.sealedThrough(), tail(head), head.sealedThrough(), ChainBreak.END_CHANGED);
    }
    return ChainReport.intact(checked, head.sealedThrough(), tail(head));
  }

  private long tail(Head head) {
    return chain.countAfter(head.sealedThrough());
  }
}
