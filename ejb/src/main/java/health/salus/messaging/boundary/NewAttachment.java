package health.salus.messaging.boundary;

/**
 * A file sent with a message: the name the sender's system gave it (only ever shown made safe) and
 * its bytes (their type is told from them, never from the name).
 */
public record NewAttachment(String fileName, byte[] content) {}
