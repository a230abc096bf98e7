package health.salus.education.boundary;

import java.io.Serializable;

/**
 * A lesson as a link to it, say in a message: its id, title and programme's title in the reader's
 * language. Opened without a variant, the lesson shows in the variant that suits the reader.
 */
public record LessonLink(long id, String title, String programmeTitle) implements Serializable {}
