package health.salus.community.boundary;

import java.time.Instant;

/**
 * Something happened to a connection that the other person is told of: {@code change} is {@code
 * REQUESTED}, {@code ACCEPTED}, {@code DECLINED} or {@code REMOVED}; {@code recipientAccountId} the
 * one told, {@code byFullName} the one who did it.
 */
public record ConnectionChanged(
    long connectionId, String change, long recipientAccountId, String byFullName, Instant at) {}
