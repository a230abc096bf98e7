package health.salus.education.boundary;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ReadingLevel;
import java.io.Serializable;
import java.util.List;

/**
 * A lesson in the chosen variant: its title and body ({@code bodyHtml}, rendered from Markdown and
 * sanitised), which variant it is, its readability grade and the measure used (Flesch-Kincaid,
 * English only; for Chinese none: measure, grade and target null) and the level's target, the
 * recording for audio and video, the other variants to switch to, whether it has a quiz and whether
 * the patient completed it.
 */
public record LessonView(
    long lessonId,
    long programmeId,
    String programmeTitle,
    int position,
    String title,
    String bodyHtml,
    ReadingLevel level,
    String language,
    ContentFormat format,
    String readabilityMeasure,
    Double readabilityGrade,
    Integer targetGrade,
    String mediaUrl,
    List<VariantKey> variants,
    boolean hasQuiz,
    boolean completed)
    implements Serializable {}
