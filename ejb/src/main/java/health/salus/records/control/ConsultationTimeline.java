package health.salus.records.control;

import health.salus.consent.entity.ConsentCategory;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The consultations (encounters) recorded for the patient on the timeline, with the practitioner
 * and the outcome; they read CONDITIONS, as the record shows them.
 */
@ApplicationScoped
public class ConsultationTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "CONSULTATION",
          ConsentCategory.CONDITIONS,
          "records.encounter",
          "e.id, e.recordedAt, acc.fullName, e.outcome",
          "Encounter e JOIN e.practitioner p JOIN p.account acc",
          "e.patient.id",
          "e.recordedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    return event(
        (Instant) row[1],
        (Long) row[0],
        "Consultation with " + row[2] + ": " + row[3],
        "Encounter",
        (Long) row[0]);
  }
}
