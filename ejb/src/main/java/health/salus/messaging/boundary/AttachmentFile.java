package health.salus.messaging.boundary;

/** An attachment to download: its safe name, its type as told from the bytes, the bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
