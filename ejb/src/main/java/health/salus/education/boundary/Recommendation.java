package health.salus.education.boundary;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ReadingLevel;
import java.io.Serializable;
import java.util.List;

/**
 * A programme chosen for the patient, the lesson to read next, the variant that suits them, and
 * why: the reasons as message keys with their argument (the web layer words them).
 */
public record Recommendation(
    long programmeId,
    String programmeTitle,
    long lessonId,
    String lessonTitle,
    ReadingLevel level,
    String language,
    ContentFormat format,
    List<Why> reasons)
    implements Serializable {}
