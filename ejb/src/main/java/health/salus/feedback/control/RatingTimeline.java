package health.salus.feedback.control;

import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The patient's ratings of their consultations on the timeline ({@code FEEDBACK}), when given: the
 * stars, never the comment (it stays with the satisfaction figures). No category of the record: the
 * whole care team sees them.
 */
@ApplicationScoped
public class RatingTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "FEEDBACK",
          null,
          "feedback.rating",
          "e.id, e.ratedAt, e.score, e.appointmentId",
          "RatingInvitation e",
          "e.patient.id",
          "e.ratedAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected List<Part> parts(TimelineQuery query) {
    return List.of(new Part(" AND e.ratedAt IS NOT NULL", Map.of()));
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    return event(
        (Instant) row[1],
        (Long) row[0],
        "Rated a consultation " + row[2] + " of 5",
        "Appointment",
        (Long) row[3]);
  }
}
