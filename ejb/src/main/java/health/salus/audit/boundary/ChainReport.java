package health.salus.audit.boundary;

import java.io.Serializable;

/**
 * What verifying the audit trail's chain found: how many sealed entries were checked, the last
 * sealed entry, how many newer entries are still waiting for their seal, and whether the chain is
 * intact; if not, the first entry where it breaks and why.
 */
public record ChainReport(
    long entriesChecked,
    long sealedThrough,
    long unsealedTail,
    boolean intact,
    Long brokenAt,
    ChainBreak problem)
    implements Serializable {

  public static ChainReport intact(long checked, long sealedThrough, long unsealedTail) {
    return new ChainReport(checked, sealedThrough, unsealedTail, true, null, null);
  }

  public static ChainReport broken(
      long checked, long sealedThrough, long unsealedTail, long at, ChainBreak why) {
    return new ChainReport(checked, sealedThrough, unsealedTail, false, at, why);
  }
}
