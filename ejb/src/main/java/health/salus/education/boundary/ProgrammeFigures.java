package health.salus.education.boundary;

import health.salus.education.control.SmallCounts;
import java.io.Serializable;

/**
 * How a programme is used, in counts only (never whose): patients enrolled, still active and
 * completed, lessons completed, and the latest literacy screens of those enrolled (limited,
 * adequate, none taken). The literacy counts are withheld (null, {@code literacyWithheld} true)
 * when they are about fewer people than {@code smallestCount}, so that no one's screen can be told
 * from them.
 */
public record ProgrammeFigures(
    long programmeId,
    String title,
    long enrolled,
    long active,
    long completed,
    long lessonsCompleted,
    Long literacyLimited,
    Long literacyAdequate,
    Long literacyUnknown,
    boolean literacyWithheld,
    int smallestCount)
    implements Serializable {

  static ProgrammeFigures of(
      long programmeId,
      String title,
      long active,
      long completed,
      long lessonsCompleted,
      long limited,
      long adequate,
      int smallestCount) {
    long enrolled = active + completed;
    long unknown = enrolled - limited - adequate;
    boolean shown = SmallCounts.showable(smallestCount, enrolled, limited, adequate, unknown);
    return new ProgrammeFigures(
        programmeId,
        title,
        enrolled,
        active,
        completed,
        lessonsCompleted,
        shown ? limited : null,
        shown ? adequate : null,
        shown ? unknown : null,
        !shown,
        smallestCount);
  }
}
