package health.salus.moderation.entity;

/** What a moderator did: to a post or comment, to a member, or deciding a member's appeal. */
public enum ModerationActionKind {
  APPROVE,
  HIDE,
  REMOVE,
  RESTORE,
  APPROVE_MEMBER,
  WARN,
  SILENCE,
  SUSPEND,
  LIFT,
  APPEAL_UPHELD,
  APPEAL_REJECTED;

  /** Whether the member it was done to may appeal it. */
  public boolean appealable() {
    return switch (this) {
      case HIDE, REMOVE, WARN, SILENCE, SUSPEND -> true;
      default -> false;
    };
  }
}
