package health.salus.casework.control;

import health.salus.casework.entity.NoteVisibility;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

/**
 * The notes of the patient's cases on the timeline as {@code CASE} events: SHARED ones (which the
 * patient sees too) for the whole care team, INTERNAL ones only for the case's own team.
 */
@ApplicationScoped
public class CaseNoteTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          CaseStatusTimeline.KIND,
          null,
          "casework.note",
          "e.id, e.at, c.id, e.visibility, a.fullName, e.text",
          "CaseNote e JOIN e.careCase c JOIN e.author a",
          "e.patientId",
          "e.at");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected String condition(TimelineQuery query) {
    return " AND (e.visibility = :shared OR c.caseManager.id = :accountId OR EXISTS"
        + " (SELECT m FROM CareCase k JOIN k.members m"
        + " WHERE k.id = c.id AND m.id = :accountId))";
  }

  @Override
  protected void bind(TypedQuery<Object[]> rows, TimelineQuery query) {
    rows.setParameter("shared", NoteVisibility.SHARED)
        .setParameter("accountId", query.viewer().accountId());
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    String by = row[3] == NoteVisibility.INTERNAL ? "Internal case note by " : "Case note by ";
    return event(
        (Instant) row[1], (Long) row[0], by + row[4] + ": " + row[5], "CareCase", (Long) row[2]);
  }
}
