package health.salus.timeline.boundary;

import health.salus.consent.entity.ConsentCategory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link TimelineSource} of one kind read from one table (one stream): the subclass names the
 * kind, the stream, what to select, from where and by which paths of the patient, the instant and
 * the row id, and makes an event of each row. One query a page for each part of the stream the
 * viewer sees (one part unless the subclass says otherwise): the part's newest rows after the
 * cursor, at most the page's limit.
 */
public abstract class TableSource implements TimelineSource {

  /**
   * Where a stream's events come from: the kind and the category of the record it reads (or null),
   * the stream, and JPQL: what to select, from where ({@code e} the event's entity), the paths of
   * the patient's id and of the event's instant.
   */
  public record Table(
      String kind,
      ConsentCategory category,
      String stream,
      String select,
      String from,
      String patient,
      String at) {}

  /**
   * Rows of the stream the viewer sees, read by one query: a condition more on the rows (with
   * {@code AND}, empty for none) and its parameters. A source whose viewer sees rows of several
   * kinds (shared notes, and the internal ones of the viewer's own cases) gives one part for each,
   * disjoint, each read along its own index, rather than one query that tests each row.
   */
  public record Part(String condition, Map<String, Object> parameters) {

    /** Every row of the patient. */
    public static final Part ALL = new Part("", Map.of());

    public Part {
      parameters = Map.copyOf(parameters);
    }
  }

  @PersistenceContext(unitName = "salus")
  protected EntityManager em;

  /** The kind, stream and paths of the source. */
  protected abstract Table table();

  /** The parts of the stream the viewer sees; every row of the patient by default. */
  protected List<Part> parts(TimelineQuery query) {
    return List.of(Part.ALL);
  }

  /** Whether the viewer may see anything of this source at all (beyond asking for the kind). */
  protected boolean shows(TimelineQuery query) {
    return true;
  }

  /** The event of a row as selected. */
  protected abstract TimelineEvent event(Object[] row, TimelineQuery query);

  @Override
  public List<TimelineKind> kinds() {
    return List.of(new TimelineKind(table().kind(), table().category()));
  }

  @Override
  public List<TimelineEvent> newest(TimelineQuery query) {
    Table table = table();
    if (!query.wants(table.kind()) || !shows(query)) {
      return List.of();
    }
    List<TimelineEvent> events = new ArrayList<>();
    for (Part part : parts(query)) {
      TypedQuery<Object[]> rows =
          em.createQuery(jpql(part), Object[].class).setParameter("patientId", query.patientId());
      part.parameters().forEach(rows::setParameter);
      query.fetch(rows, table.stream()).forEach(r -> events.add(event(r, query)));
    }
    return events;
  }

  /**
   * The query of a part of a page: the patient's rows in the window, newest first. Its cost stays
   * that of a page only while it reads along an index of the event's own table that starts with the
   * patient and the instant: the patient and the instant are paths of the event ({@code e.}), and
   * the other entities are reached from it by inner joins, never the other way round (which
   * TableSourcesFollowAnIndexTest holds every source to).
   */
  String jpql(Part part) {
    Table table = table();
    return "SELECT "
        + table.select()
        + " FROM "
        + table.from()
        + " WHERE "
        + table.patient()
        + " = :patientId"
        + part.condition()
        + " AND "
        + TimelineQuery.window(table.at(), "e.id")
        + " ORDER BY "
        + table.at()
        + " DESC, e.id DESC";
  }

  /** An event of this source's kind and stream. */
  protected TimelineEvent event(
      Instant at, long rowId, String summary, String objectType, Long objectId) {
    Table table = table();
    return new TimelineEvent(
        at, table.kind(), table.stream(), rowId, summary, objectType, objectId);
  }
}
