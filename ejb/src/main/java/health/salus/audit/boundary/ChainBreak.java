package health.salus.audit.boundary;

/** Why the audit trail's chain is broken at an entry. */
public enum ChainBreak {
  /**
   * The entry no longer matches its seal: it was changed, or an entry just before it was changed or
   * removed.
   */
  ALTERED,
  /** The entry was never sealed though later ones were: it was inserted behind the chain. */
  INSERTED_BEHIND,
  /**
   * The chain no longer ends with the entry and hash it was last sealed with: entries at its end
   * were removed or sealed again.
   */
  END_CHANGED
}
