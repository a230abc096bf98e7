package health.salus.community.boundary;

import java.time.Instant;

/**
 * A moderator admitted ({@code approved}) or declined a request to join a private group, the
 * request made at {@code requestedAt} (a member may ask again after a decline).
 */
public record JoinAnswered(
    long accountId, long groupId, String groupName, boolean approved, Instant requestedAt) {}
