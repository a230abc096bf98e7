package health.salus.monitoring.control;

import health.salus.consent.entity.ConsentCategory;
import health.salus.monitoring.entity.AlertStatus;
import health.salus.monitoring.entity.ReadingType;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

/**
 * The alerts the patient's readings raised, on the timeline when raised: the value, the range it
 * left and whether the care team acknowledged it; they read READINGS. Only the columns the line
 * shows are read, never the alert itself: an alert would bring its patient and its acknowledger
 * (each with the account's roles) with it, one select each.
 */
@ApplicationScoped
public class ReadingAlertTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "READING_ALERT",
          ConsentCategory.READINGS,
          "monitoring.alert",
          "e.id, e.raisedAt, e.type, e.value, e.low, e.high, e.status",
          "ReadingAlert e",
          "e.patient.id",
          "e.raisedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    ReadingType type = (ReadingType) row[2];
    String summary =
        type.name().replace('_', ' ').toLowerCase(Locale.ROOT)
            + " "
            + row[3]
            + " "
            + type.unit()
            + " outside "
            + (row[4] == null ? "…" : row[4])
            + "–"
            + (row[5] == null ? "…" : row[5])
            + " ("
            + ((AlertStatus) row[6]).name().toLowerCase(Locale.ROOT)
            + ")";
    return event(
        (Instant) row[1],
        (Long) row[0],
        Character.toUpperCase(summary.charAt(0)) + summary.substring(1),
        "ReadingAlert",
        (Long) row[0]);
  }
}
