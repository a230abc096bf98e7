package health.salus.moderation.boundary;

import java.util.List;

/**
 * Where the caller may sanction members: {@code everyGroup} whether at once in every group (a
 * MODERATOR), {@code groups} the groups they may name (by name), {@code kinds} what they may do
 * ({@code warn}, {@code silence}, {@code suspend}).
 */
public record SanctionReach(boolean everyGroup, List<Group> groups, List<String> kinds) {

  /** A group the caller moderates. */
  public record Group(long id, String name) {}
}
