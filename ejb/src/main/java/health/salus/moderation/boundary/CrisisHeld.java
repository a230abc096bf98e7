package health.salus.moderation.boundary;

import java.util.List;

/**
 * A member's post, comment or review of a health service suggested a crisis and was held: its
 * moderators are alerted at once. {@code kind} {@code POST}, {@code COMMENT} or {@code REVIEW};
 * {@code postId} the post itself or the post commented on (none for a review); {@code place} the
 * group's name, or the practitioner's or site's reviewed.
 */
public record CrisisHeld(
    String kind, long itemId, Long postId, String place, List<Long> moderatorAccountIds) {}
