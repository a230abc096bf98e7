package health.salus.messaging.boundary;

import java.util.List;

/**
 * A reply in a thread: its body, Markdown, and for the care side the lessons it points the patient
 * to ({@code lessonIds}, up to ten, absent or empty for none).
 */
public record NewMessage(String body, List<Long> lessonIds) {}
