package health.salus.education.entity;

import java.io.Serializable;

/**
 * A lesson variant as the educator writes it: its level, language and format (which variant it is),
 * title (up to 200), Markdown body (1..8000) and, for audio and video, the https link of the
 * recording.
 */
public record VariantText(
    ReadingLevel level,
    ContentLanguage language,
    ContentFormat format,
    String title,
    String body,
    String mediaUrl)
    implements Serializable {}
