package health.salus.education.api;

/** A new lesson or quiz question: its id. */
public record LessonCreated(long id) {}
