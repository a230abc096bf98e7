package health.salus.messaging.control;

import health.salus.messaging.entity.ThreadTeam;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

/**
 * The messages of the patient's threads on the timeline, of the threads the viewer takes part in as
 * messaging decides it: a thread to the care team for the clinical care team, a thread to one
 * practitioner for that practitioner. The case team outside them sees none; the body never shows,
 * only who wrote in which thread.
 */
@ApplicationScoped
public class MessageTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "MESSAGE",
          null,
          "messaging.message",
          "e.id, e.sentAt, t.id, t.subject, a.fullName",
          "Message e JOIN e.thread t JOIN e.author a LEFT JOIN t.toPractitioner p",
          "e.patientId",
          "e.sentAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected boolean shows(TimelineQuery query) {
    return query.viewer().careTeam() || query.viewer().practitionerId() != null;
  }

  @Override
  protected String condition(TimelineQuery query) {
    return query.viewer().careTeam()
        ? " AND (t.toTeam = :careTeam OR p.id = :practitionerId)"
        : " AND p.id = :practitionerId";
  }

  @Override
  protected void bind(TypedQuery<Object[]> rows, TimelineQuery query) {
    Long practitioner = query.viewer().practitionerId();
    rows.setParameter("practitionerId", practitioner == null ? -1L : practitioner);
    if (query.viewer().careTeam()) {
      rows.setParameter("careTeam", ThreadTeam.CARE_TEAM);
    }
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    return event(
        (Instant) row[1],
        (Long) row[0],
        "Message from " + row[4] + " in “" + row[3] + "”",
        "MessageThread",
        (Long) row[2]);
  }
}
