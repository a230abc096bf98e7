package health.salus.casework.boundary;

import health.salus.casework.entity.CaseGoal;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A goal with its ratings over time, oldest first, and the latest one. */
public record GoalView(
    long id, String description, LocalDate targetDate, Integer latestRating, List<Rating> ratings)
    implements Serializable {

  /** One rating of the goal's progress. */
  public record Rating(int rating, String comment, String ratedBy, Instant ratedAt)
      implements Serializable {}

  static GoalView of(CaseGoal goal) {
    return new GoalView(
        goal.getId(),
        goal.getDescription(),
        goal.getTargetDate(),
        goal.latestRating(),
        goal.getRatings().stream()
            .map(
                r ->
                    new Rating(
                        r.getRating(),
                        r.getComment(),
                        r.getRatedBy().getFullName(),
                        r.getRatedAt()))
            .toList());
  }
}
