package health.salus.moderation.entity;

/** Why a member flags a post. */
public enum FlagReason {
  SPAM,
  ABUSE,
  MISINFORMATION,
  PRIVACY,
  OTHER
}
