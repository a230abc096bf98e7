package health.salus.moderation.entity;

/** What a moderator did (the actions on members are for later). */
public enum ModerationActionKind {
  APPROVE,
  HIDE,
  REMOVE,
  RESTORE,
  APPROVE_MEMBER
}
