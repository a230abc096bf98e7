package health.salus.feedback.boundary;

/**
 * A step of a complaint: the note (to acknowledge, or the reason to withdraw), the resolution
 * (required to resolve); with a {@code version}, a complaint changed since it was read at that
 * version is a conflict (409).
 */
public record ComplaintStepInput(String note, String resolution, Long version) {}
