package health.salus.education.boundary;

import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ReadingLevel;

/**
 * A lesson variant to print: its title, its programme's title in the variant's language, the
 * Markdown it is written in (the PDF renders it: headings, paragraphs, lists) and which variant it
 * is ({@code language} a BCP 47 tag).
 */
public record PrintableLesson(
    long lessonId,
    String programmeTitle,
    String title,
    String bodyMarkdown,
    ReadingLevel level,
    String language,
    ContentFormat format) {}
