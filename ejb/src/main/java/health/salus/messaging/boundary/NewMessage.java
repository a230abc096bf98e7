package health.salus.messaging.boundary;

/** A reply in a thread: its body, Markdown. */
public record NewMessage(String body) {}
