package health.salus.audit.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which unsealed entries the sealer may seal now: in id order, up to the first that is not ready.
 * An entry is ready once written {@link #GRACE} ago. An entry whose id does not follow the one
 * before it waits {@link #GAP_GRACE}: ids are given at insert and committed in any order, so the
 * missing id may belong to a transaction that has not committed yet, and sealing past it would
 * leave that entry behind the chain for good. (A gap that stays is an insert that rolled back, or
 * ids a bulk insert reserved and did not use.)
 */
public final class SealingGate {

  static final Duration GRACE = Duration.ofSeconds(2);
  static final Duration GAP_GRACE = Duration.ofSeconds(60);

  private SealingGate() {}

  /**
   * The leading entries of {@code unsealed} (the entries just above the head, in id order) that may
   * be sealed at {@code now}.
   */
  public static List<ChainedEntry> ready(
      long sealedThrough, List<ChainedEntry> unsealed, Instant now) {
    List<ChainedEntry> ready = new ArrayList<>();
    long previous = sealedThrough;
    for (ChainedEntry entry : unsealed) {
      Duration wait = entry.id() == previous + 1 ? GRACE : GAP_GRACE;
      if (entry.written().isAfter(now.minus(wait))) {
        break;
      }
      ready.add(entry);
      previous = entry.id();
    }
    return ready;
  }
}
