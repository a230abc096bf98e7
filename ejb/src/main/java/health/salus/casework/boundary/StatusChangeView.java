package health.salus.casework.boundary;

import health.salus.casework.entity.CaseStatus;
import health.salus.casework.entity.StatusChange;
import java.io.Serializable;
import java.time.Instant;

/** One move in a case's history. */
public record StatusChangeView(CaseStatus from, CaseStatus to, String note, String by, Instant at)
    implements Serializable {

  static StatusChangeView of(StatusChange change) {
    return new StatusChangeView(
        change.getFrom(),
        change.getTo(),
        change.getNote(),
        change.getChangedBy().getFullName(),
        change.getChangedAt());
  }
}
