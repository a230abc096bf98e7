package health.salus.casework.boundary;

/**
 * A move of a case's status: the outcome (required to close), or the reason (optional, to put on
 * hold or reopen); with a {@code version}, a case changed since it was read at that version is a
 * conflict (409).
 */
public record StatusMove(String outcome, String reason, Long version) {}
