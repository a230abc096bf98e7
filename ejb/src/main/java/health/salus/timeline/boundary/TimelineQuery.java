package health.salus.timeline.boundary;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a source is asked for one page: the patient, the kinds wanted (and allowed), the viewer, the
 * cursor and how many events per stream at most.
 */
public record TimelineQuery(
    long patientId, Set<String> kinds, TimelineViewer viewer, TimelineCursor after, int limit) {

  public TimelineQuery {
    kinds = Set.copyOf(kinds);
  }

  public boolean wants(String kind) {
    return kinds.contains(kind);
  }

  /** The events of a stream to answer are at or before this instant... */
  public Instant before() {
    return after.at();
  }

  /**
   * ...and, at that very instant, have a row id below this one (see {@link TimelineCursor}): {@code
   * (at < before OR (at = before AND id < idBelow(stream)))}.
   */
  public long idBelow(String stream) {
    return after.idBelow(stream);
  }

  /**
   * The JPQL condition that keeps a stream's events of this page's window, on the paths of the
   * event's instant and row id; {@link #fetch} binds its parameters.
   */
  public static String window(String at, String id) {
    return "(" + at + " < :before OR (" + at + " = :before AND " + id + " < :idBelow))";
  }

  /**
   * The query's rows (ordered by the source: instant, then row id, both descending) for the stream,
   * within the window, at most {@link #limit}.
   */
  public <T> List<T> fetch(TypedQuery<T> query, String stream) {
    return query
        .setParameter("before", before())
        .setParameter("idBelow", idBelow(stream))
        .setMaxResults(limit)
        .getResultList();
  }
}
