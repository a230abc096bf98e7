package health.salus.education.boundary;

import java.io.Serializable;

/** A lesson as its programme lists it: place, title (in the reader's language) and whether done. */
public record LessonSummary(long id, int position, String title, boolean completed)
    implements Serializable {}
