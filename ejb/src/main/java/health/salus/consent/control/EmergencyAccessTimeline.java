package health.salus.consent.control;

import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The emergency accesses to the patient's record on the timeline, when opened: who opened it and
 * why, so the care team sees who read the record from outside it.
 */
@ApplicationScoped
public class EmergencyAccessTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "EMERGENCY_ACCESS",
          null,
          "consent.emergency",
          "e.id, e.openedAt, c.fullName, e.reason",
          "EmergencyAccess e JOIN e.clinician c",
          "e.patient.id",
          "e.openedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    return event(
        (Instant) row[1],
        (Long) row[0],
        "Emergency access by " + row[2] + ": " + row[3],
        "EmergencyAccess",
        (Long) row[0]);
  }
}
