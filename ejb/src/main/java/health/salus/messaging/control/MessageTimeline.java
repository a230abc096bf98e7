package health.salus.messaging.control;

import health.salus.messaging.entity.ThreadTeam;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of the patient's threads on the timeline, of the threads the viewer takes part in as
 * messaging decides it: a thread to the care team for the clinical care team, a thread to one
 * practitioner for that practitioner. The case team outside them sees none; the body never shows,
 * only who wrote in which thread.
 *
 * <p>The thread's practitioner is compared by its key on the thread, never joined: an outer join to
 * the practitioner made MariaDB start from the threads (every thread of every patient, then every
 * message of each) and sort all the patient's messages before the page's limit, where the patient's
 * messages read newest first along (patient_id, sent_at, id) stop at the limit.
 */
@ApplicationScoped
public class MessageTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "MESSAGE",
          null,
          "messaging.message",
          "e.id, e.sentAt, t.id, t.subject, a.fullName",
          "Message e JOIN e.thread t JOIN e.author a",
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
  protected List<Part> parts(TimelineQuery query) {
    Long practitioner = query.viewer().practitionerId();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("practitionerId", practitioner == null ? -1L : practitioner);
    if (!query.viewer().careTeam()) {
      return List.of(new Part(" AND t.toPractitioner.id = :practitionerId", parameters));
    }
    parameters.put("careTeam", ThreadTeam.CARE_TEAM);
    return List.of(
        new Part(
            " AND (t.toTeam = :careTeam OR t.toPractitioner.id = :practitionerId)", parameters));
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
