package health.salus.timeline.boundary;

import java.time.Instant;

/**
 * One event a source found: when, of which kind, what (a short summary) and the object it is about,
 * with the stream it came from and its row id there, which order events of the same instant (see
 * {@link TimelineCursor}).
 */
public record TimelineEvent(
    Instant at,
    String kind,
    String stream,
    long rowId,
    String summary,
    String objectType,
    Long objectId) {

  /** The most characters of a summary: a timeline line, not the object. */
  public static final int SUMMARY_MAX = 200;

  public TimelineEvent {
    summary = shorten(summary);
  }

  private static String shorten(String text) {
    String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return line.length() <= SUMMARY_MAX ? line : line.substring(0, SUMMARY_MAX - 1) + "…";
  }
}
