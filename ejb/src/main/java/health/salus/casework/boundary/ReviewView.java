package health.salus.casework.boundary;

import health.salus.casework.entity.CaseReview;
import java.io.Serializable;
import java.time.LocalDate;

/** A review of a case: when it is due and, once it fell due, the task made for it. */
public record ReviewView(long id, LocalDate dueOn, Long taskId) implements Serializable {

  static ReviewView of(CaseReview r) {
    return new ReviewView(
        r.getId(), r.getDueOn(), r.getTask() == null ? null : r.getTask().getId());
  }
}
