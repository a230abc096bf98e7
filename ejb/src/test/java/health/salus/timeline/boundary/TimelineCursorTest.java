package health.salus.timeline.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.shared.boundary.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimelineCursorTest {

  private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

  private static TimelineEvent event(Instant at, String stream, long id) {
    return new TimelineEvent(at, "K", stream, id, "e", "X", id);
  }

  @Test
  void aTokenGivesBackItsCursor() {
    TimelineCursor cursor = new TimelineCursor(T.plusNanos(123_456_000), "casework.note", 42);

    assertThat(TimelineCursor.parse(cursor.token())).isEqualTo(cursor);
    assertThat(TimelineCursor.parse(null)).isEqualTo(TimelineCursor.START);
    assertThat(TimelineCursor.parse(" ")).isEqualTo(TimelineCursor.START);
  }

  @Test
  void aMalformedTokenIsRefused() {
    for (String bad :
        List.of("x", "bm90LWEta2V5", "!!", new TimelineCursor(T, "s", 1).token() + "A")) {
      assertThatThrownBy(() -> TimelineCursor.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void atTheCursorsInstantOnlyLaterStreamsAndLowerRowsFollow() {
    TimelineCursor cursor = new TimelineCursor(T, "m", 10);

    assertThat(cursor.idBelow("a")).isEqualTo(Long.MAX_VALUE);
    assertThat(cursor.idBelow("m")).isEqualTo(10);
    assertThat(cursor.idBelow("z")).isZero();
  }

  /** Streams with many events at the same instants, paged as the service pages them. */
  @Test
  void pagesOfMergedStreamsNeitherRepeatNorSkip() {
    Random random = new Random(7);
    List<String> streams = List.of("a", "b", "c");
    List<TimelineEvent> all = new ArrayList<>();
    for (String stream : streams) {
      for (long id = 1; id <= 40; id++) {
        all.add(event(T.plusSeconds(random.nextInt(6)), stream, id));
      }
    }
    List<TimelineEvent> expected = new ArrayList<>(all);
    expected.sort(TimelineCursor.NEWEST_FIRST);

    List<TimelineEvent> paged = new ArrayList<>();
    TimelineCursor cursor = TimelineCursor.START;
    int size = 7;
    while (true) {
      List<TimelineEvent> page = new ArrayList<>();
      for (String stream : streams) {
        TimelineCursor at = cursor;
        all.stream()
            .filter(e -> e.stream().equals(stream))
            .filter(
                e ->
                    e.at().isBefore(at.at())
                        || e.at().equals(at.at()) && e.rowId() < at.idBelow(stream))
            .sorted(TimelineCursor.NEWEST_FIRST)
            .limit(size + 1)
            .forEach(page::add);
      }
      page.sort(TimelineCursor.NEWEST_FIRST);
      boolean more = page.size() > size;
      List<TimelineEvent> shown = more ? page.subList(0, size) : page;
      paged.addAll(shown);
      if (!more) {
        break;
      }
      cursor = TimelineCursor.after(shown.get(shown.size() - 1));
    }

    assertThat(paged).isEqualTo(expected);
  }

  @Test
  void aLongSummaryIsShortenedToOneLine() {
    TimelineEvent event = new TimelineEvent(T, "K", "s", 1, "a\n b  " + "x".repeat(300), "X", 1L);

    assertThat(event.summary())
        .hasSize(TimelineEvent.SUMMARY_MAX)
        .startsWith("a b x")
        .endsWith("…");
  }
}
