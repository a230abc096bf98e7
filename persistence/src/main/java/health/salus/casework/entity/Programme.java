package health.salus.casework.entity;

import java.time.Period;
import java.util.Optional;

/**
 * The programme a case belongs to, and how often its cases are reviewed: NDIS every three months,
 * aged care every year; the others when the team sets a review.
 */
public enum Programme {
  HOSPITAL_DISCHARGE(null),
  CHRONIC_CARE(null),
  NDIS(Period.ofMonths(3)),
  AGED_CARE(Period.ofYears(1)),
  COMMUNITY(null);

  private final Period reviewCycle;

  Programme(Period reviewCycle) {
    this.reviewCycle = reviewCycle;
  }

  /** How long after a review the next one is due, if the programme has a cycle. */
  public Optional<Period> reviewCycle() {
    return Optional.ofNullable(reviewCycle);
  }
}
