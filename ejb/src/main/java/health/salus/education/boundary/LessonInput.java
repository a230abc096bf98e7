package health.salus.education.boundary;

/** A new lesson's title (English; each variant has its own). */
public record LessonInput(String title) {}
