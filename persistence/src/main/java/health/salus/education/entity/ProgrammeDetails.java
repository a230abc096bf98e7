package health.salus.education.entity;

import java.io.Serializable;

/**
 * A programme as the educator writes it: title (English, required, up to 200), Chinese title
 * (optional), topic (up to 40), summary (up to 1000), condition words (comma separated, optional)
 * and the lowest age it is meant for (optional, 0..120).
 */
public record ProgrammeDetails(
    String title,
    String titleZh,
    String topic,
    String summary,
    String conditionTerms,
    Integer minAge)
    implements Serializable {}
