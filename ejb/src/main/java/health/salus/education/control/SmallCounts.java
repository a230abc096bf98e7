package health.salus.education.control;

/**
 * When counts about a few people would tell on one of them: the rule of small numbers that
 * statistical offices and hospitals apply before publishing counts. A breakdown of a group (the
 * latest literacy screens of a programme's enrolled patients: limited, adequate, none) is withheld
 * whole when the group has fewer than {@code smallest} people, or when any of its counts lies
 * between 1 and {@code smallest - 1}: someone who knows who is in the group could otherwise tell
 * one person's result from it. Withholding all of it (not one count) keeps the withheld count from
 * being worked out from the others and the total.
 */
public final class SmallCounts {

  private SmallCounts() {}

  /** Whether the breakdown of a group of {@code total} people into these counts may be shown. */
  public static boolean showable(int smallest, long total, long... counts) {
    if (total < smallest) {
      return false;
    }
    for (long count : counts) {
      if (count > 0 && count < smallest) {
        return false;
      }
    }
    return true;
  }
}
