package health.salus.timeline.boundary;

import health.salus.consent.entity.ConsentCategory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * A {@link TimelineSource} of one kind read from one table (one stream): the subclass names the
 * kind, the stream, what to select, from where and by which paths of the patient, the instant and
 * the row id, and makes an event of each row. One query a page: the stream's newest rows after the
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

  @PersistenceContext(unitName = "salus")
  protected EntityManager em;

  /** The kind, stream and paths of the source. */
  protected abstract Table table();

  /** A condition more on the rows (with {@code AND}), bound by {@link #bind}; none by default. */
  protected String condition(TimelineQuery query) {
    return "";
  }

  /** Binds the parameters of {@link #condition}. */
  protected void bind(TypedQuery<Object[]> rows, TimelineQuery query) {}

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
    TypedQuery<Object[]> rows =
        em.createQuery(
                "SELECT "
                    + table.select()
                    + " FROM "
                    + table.from()
                    + " WHERE "
                    + table.patient()
                    + " = :patientId"
                    + condition(query)
                    + " AND "
                    + TimelineQuery.window(table.at(), "e.id")
                    + " ORDER BY "
                    + table.at()
                    + " DESC, e.id DESC",
                Object[].class)
            .setParameter("patientId", query.patientId());
    bind(rows, query);
    return query.fetch(rows, table.stream()).stream().map(r -> event(r, query)).toList();
  }

  /** An event of this source's kind and stream. */
  protected TimelineEvent event(
      Instant at, long rowId, String summary, String objectType, Long objectId) {
    Table table = table();
    return new TimelineEvent(
        at, table.kind(), table.stream(), rowId, summary, objectType, objectId);
  }
}
