package health.salus.monitoring.control;

import health.salus.consent.entity.ConsentCategory;
import health.salus.monitoring.entity.ReadingAlert;
import health.salus.monitoring.entity.ReadingType;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The alerts the patient's readings raised, on the timeline when raised: the value, the range it
 * left and whether the care team acknowledged it; they read READINGS.
 */
@ApplicationScoped
public class ReadingAlertTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "READING_ALERT",
          ConsentCategory.READINGS,
          "monitoring.alert",
          "e, e.id",
          "ReadingAlert e",
          "e.patient.id",
          "e.raisedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    ReadingAlert alert = (ReadingAlert) row[0];
    ReadingType type = alert.getType();
    String summary =
        type.name().replace('_', ' ').toLowerCase(Locale.ROOT)
            + " "
            + alert.getValue()
            + " "
            + type.unit()
            + " outside "
            + (alert.getLow() == null ? "…" : alert.getLow())
            + "–"
            + (alert.getHigh() == null ? "…" : alert.getHigh())
            + " ("
            + alert.getStatus().name().toLowerCase(Locale.ROOT)
            + ")";
    return event(
        alert.getRaisedAt(),
        alert.getId(),
        Character.toUpperCase(summary.charAt(0)) + summary.substring(1),
        "ReadingAlert",
        alert.getId());
  }
}
