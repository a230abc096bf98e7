package health.salus.moderation.entity;

/** An appeal waits for a moderator ({@code OPEN}), or was decided. */
public enum AppealStatus {
  OPEN,
  UPHELD,
  REJECTED
}
