package health.salus.education.boundary;

/**
 * A lesson variant as the educator sends it: level, language (BCP 47) and format name the variant;
 * title, Markdown body, and for AUDIO and VIDEO the https link of the recording.
 */
public record VariantInput(
    String level, String language, String format, String title, String body, String mediaUrl) {}
