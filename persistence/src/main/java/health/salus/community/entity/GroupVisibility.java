package health.salus.community.entity;

/** Who may read a group and how one joins it. */
public enum GroupVisibility {
  /** Any signed-in user may read it and join at once. */
  OPEN,
  /** Only members read it; joining waits for a moderator's approval. */
  PRIVATE
}
