package health.salus.feedback.control;

import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.ComplaintKind;
import health.salus.feedback.entity.ComplaintStatus;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;

/**
 * The patient's complaints and compliments on the timeline ({@code COMPLAINT}), when received: the
 * kind, the category and where it stands, never the description (the register keeps it for staff).
 */
@ApplicationScoped
public class ComplaintTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "COMPLAINT",
          null,
          "feedback.complaint",
          "e.id, e.receivedAt, e.kind, e.category, e.status",
          "Complaint e",
          "e.patient.id",
          "e.receivedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    String kind = ((ComplaintKind) row[2]) == ComplaintKind.COMPLIMENT ? "Compliment" : "Complaint";
    return event(
        (Instant) row[1],
        (Long) row[0],
        kind
            + " about "
            + lower((ComplaintCategory) row[3])
            + " ("
            + lower((ComplaintStatus) row[4])
            + ")",
        "Complaint",
        (Long) row[0]);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
