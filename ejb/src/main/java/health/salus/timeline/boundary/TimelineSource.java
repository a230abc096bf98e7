package health.salus.timeline.boundary;

import java.util.List;

/**
 * What a feature adds to the patient timeline: a CDI bean (application scoped, in the feature's
 * control package) that names its kinds and answers, for one page, its newest events of the patient
 * after the cursor. A new kind is one such class; {@link TimelineService} finds every source.
 *
 * <p>A source keeps its own rules of what the viewer may see (internal case notes to the case team,
 * messages to the participants and the care team); the timeline has already decided that the viewer
 * is of the care team and which kinds they may read ({@link TimelineKind#category()}).
 */
public interface TimelineSource {

  /** The kinds this source gives. */
  List<TimelineKind> kinds();

  /**
   * At most {@link TimelineQuery#limit()} events of each of the source's streams, of the kinds
   * asked for, older than the cursor ({@link TimelineQuery#idBelow}), newest first. One bounded
   * query per stream.
   */
  List<TimelineEvent> newest(TimelineQuery query);
}
