package health.salus.scheduling.control;

import health.salus.scheduling.entity.AppointmentMode;
import health.salus.scheduling.entity.AppointmentStatus;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

/**
 * The patient's appointments on the timeline, at their start, with the practitioner and the status;
 * the reason for the visit only to clinicians.
 */
@ApplicationScoped
public class AppointmentTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "APPOINTMENT",
          null,
          "scheduling.appointment",
          "e.id, e.start, e.mode, e.status, acc.fullName, e.reason",
          "Appointment e JOIN e.practitioner p JOIN p.account acc",
          "e.patient.id",
          "e.start");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    String mode = ((AppointmentMode) row[2]).name().replace('_', ' ');
    String summary =
        mode.charAt(0)
            + mode.substring(1).toLowerCase(Locale.ROOT)
            + " appointment with "
            + row[4]
            + " ("
            + ((AppointmentStatus) row[3]).name().toLowerCase(Locale.ROOT)
            + ")"
            + (query.viewer().clinical() ? ": " + row[5] : "");
    return event((Instant) row[1], (Long) row[0], summary, "Appointment", (Long) row[0]);
  }
}
