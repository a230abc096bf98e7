package health.salus.timeline.boundary;

import java.time.Instant;

/** One line of the timeline, as the API and the page show it. */
public record TimelineEntry(
    Instant at, String kind, String summary, String objectType, Long objectId) {

  static TimelineEntry of(TimelineEvent event) {
    return new TimelineEntry(
        event.at(), event.kind(), event.summary(), event.objectType(), event.objectId());
  }
}
