package health.salus.messaging.boundary;

/** What a new thread or message answers: its id. */
public record CreatedId(long id) {}
