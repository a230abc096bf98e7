package health.salus.moderation.entity;

/**
 * What a moderator does to a member: a recorded warning; silenced (may read, not write) or
 * suspended (may neither read nor write) until a time.
 */
public enum SanctionKind {
  WARN,
  SILENCE,
  SUSPEND;

  /** Whether this kind lasts until a time (a warning does not). */
  public boolean hasPeriod() {
    return this != WARN;
  }
}
