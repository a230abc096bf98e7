package health.salus.community.entity;

/** A member's reaction to a post: one of each kind per member and post. */
public enum ReactionKind {
  HELPFUL,
  THANKS
}
