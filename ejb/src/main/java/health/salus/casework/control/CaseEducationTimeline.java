package health.salus.casework.control;

import health.salus.casework.entity.Programme;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Each education programme assigned on one of the patient's cases, on the timeline as a {@code
 * CASE} event beside the case's status changes: which programme, on which case, by whom; the reason
 * stays on the case page, for who may read it there.
 */
@ApplicationScoped
public class CaseEducationTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          CaseStatusTimeline.KIND,
          null,
          "casework.education",
          "e.id, e.assignedAt, c.id, c.programme, e.programmeTitle, a.fullName",
          "CaseEducation e JOIN e.careCase c JOIN e.assignedBy a",
          "e.patientId",
          "e.assignedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    String programme = CaseStatusTimeline.words(((Programme) row[3]).name());
    String summary =
        "Programme \"" + row[4] + "\" assigned by " + row[5] + " (" + programme + " case)";
    return event((Instant) row[1], (Long) row[0], summary, "CareCase", (Long) row[2]);
  }
}
