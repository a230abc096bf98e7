package health.salus.prescriptions.control;

import health.salus.consent.entity.ConsentCategory;
import health.salus.prescriptions.entity.RefillStatus;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

/**
 * The patient's refill requests on the timeline, when asked, with the medicine and the status; they
 * read MEDICATIONS.
 */
@ApplicationScoped
public class RefillTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "REFILL",
          ConsentCategory.MEDICATIONS,
          "prescriptions.refill",
          "e.id, e.requestedAt, e.status, m.name, m.dose",
          "RefillRequest e JOIN e.medication m",
          "e.patient.id",
          "e.requestedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    String status = ((RefillStatus) row[2]).name().toLowerCase(Locale.ROOT);
    return event(
        (Instant) row[1],
        (Long) row[0],
        "Refill of " + row[3] + " " + row[4] + " (" + status + ")",
        "RefillRequest",
        (Long) row[0]);
  }
}
