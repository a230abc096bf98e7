package health.salus.timeline.boundary;

import health.salus.shared.boundary.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;

/**
 * Where a page of the timeline ends. Events are ordered newest first by {@code (at, stream, rowId)}
 * descending, a total order (a stream is one table of one source, its row ids unique), so a page
 * that starts after the last event of the previous one neither repeats nor skips any. The cursor is
 * that last event's key, sent to clients as an opaque URL-safe token.
 */
public record TimelineCursor(Instant at, String stream, long rowId) {

  /** Before every event: the first page (a far instant every DATETIME column holds). */
  public static final TimelineCursor START =
      new TimelineCursor(Instant.parse("9999-12-31T00:00:00Z"), "~", Long.MAX_VALUE);

  /** Newest first, as the timeline shows events. */
  public static final Comparator<TimelineEvent> NEWEST_FIRST =
      Comparator.comparing(TimelineEvent::at)
          .thenComparing(TimelineEvent::stream)
          .thenComparingLong(TimelineEvent::rowId)
          .reversed();

  public static TimelineCursor after(TimelineEvent last) {
    return new TimelineCursor(last.at(), last.stream(), last.rowId());
  }

  /**
   * The row ids of a stream's events at exactly {@link #at} that come after the cursor are below
   * this: all of them for a stream ordered after the cursor's, those below its row for the cursor's
   * own stream, none for a stream ordered before it.
   */
  public long idBelow(String other) {
    int order = other.compareTo(stream);
    if (order < 0) {
      return Long.MAX_VALUE;
    }
    return order == 0 ? rowId : 0;
  }

  /** The cursor as clients pass it back ({@code ?after=}). */
  public String token() {
    String key = at + "|" + stream + "|" + rowId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor of a token, {@link #START} for none; a malformed token is a 400. */
  public static TimelineCursor parse(String token) {
    if (token == null || token.isBlank()) {
      return START;
    }
    try {
      String[] key =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8)
              .split("\\|", -1);
      if (key.length == 3 && !key[1].isBlank()) {
        long row = Long.parseLong(key[2]);
        if (row > 0) {
          return new TimelineCursor(Instant.parse(key[0]), key[1], row);
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException malformed) {
      // answered below
    }
    throw new InvalidInputException("after", "timeline.cursorInvalid");
  }
}
