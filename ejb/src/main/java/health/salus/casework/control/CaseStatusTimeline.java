package health.salus.casework.control;

import health.salus.casework.entity.CaseStatus;
import health.salus.casework.entity.Programme;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

/**
 * Each status the patient's cases entered, on the timeline as {@code CASE} events: opened, held,
 * closed, reopened; the reason or outcome stays on the case page, for who may read it there.
 */
@ApplicationScoped
public class CaseStatusTimeline extends TableSource {

  static final String KIND = "CASE";

  private static final Table TABLE =
      new Table(
          KIND,
          null,
          "casework.status",
          "e.id, e.changedAt, c.id, c.programme, e.from, e.to",
          "StatusChange e JOIN e.careCase c",
          "e.patientId",
          "e.changedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    String to = words(((CaseStatus) row[5]).name());
    CaseStatus from = (CaseStatus) row[4];
    String programme = words(((Programme) row[3]).name());
    String summary =
        Character.toUpperCase(programme.charAt(0))
            + programme.substring(1)
            + " case "
            + (from == null ? "started: " + to : words(from.name()) + " → " + to);
    return event((Instant) row[1], (Long) row[0], summary, "CareCase", (Long) row[2]);
  }

  static String words(String constant) {
    return constant.replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
