package health.salus.community.entity;

/** Where a post (or comment) stands: who may see it follows from this. */
public enum PostStatus {
  /** Seen by everyone who may read the group. */
  PUBLISHED,
  /** Held for a moderator's review (a watched word, or a new member); its author sees it. */
  PENDING_REVIEW,
  /** Hidden by a moderator or by flags until reviewed; its author sees it with the reason. */
  HIDDEN,
  /** Removed by a moderator; its author sees it with the reason. */
  REMOVED,
  /** Deleted by its author; nobody sees it. */
  DELETED
}
