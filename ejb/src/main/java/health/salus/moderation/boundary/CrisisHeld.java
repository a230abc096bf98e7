package health.salus.moderation.boundary;

import java.util.List;

/**
 * A member's post or comment suggested a crisis and was held: the group's moderators are alerted at
 * once. {@code postId} is the post itself or the post commented on.
 */
public record CrisisHeld(
    String kind, long itemId, long postId, String groupName, List<Long> moderatorAccountIds) {}
