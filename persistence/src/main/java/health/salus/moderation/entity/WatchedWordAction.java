package health.salus.moderation.entity;

/** What a watched word does to what contains it; the strongest found wins. */
public enum WatchedWordAction {
  /** Published, with a system flag for the moderators. */
  FLAG,
  /** Held for a moderator's review. */
  HOLD,
  /** Refused (422): not stored. */
  BLOCK
}
