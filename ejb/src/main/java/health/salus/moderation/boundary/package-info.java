/**
 * Moderation. {@link health.salus.moderation.boundary.FlagService}: members flag posts, comments
 * and reviews alike (one flag per member and item; at {@code salus.community.flags-to-hide} open
 * flags, 3 by default, a published one is hidden until reviewed). {@link
 * health.salus.moderation.boundary.ModerationService}: the review queue says why each item waits
 * (posts, comments, reviews, health-status updates); moderators approve, hide, remove or restore
 * with a required reason, each logged ({@code GET /moderation/log}) and told to the author ({@link
 * health.salus.moderation.boundary.PostModerated}, observed by notification). {@link
 * health.salus.moderation.boundary.ContentScreening} checks what members write (posts, comments,
 * reviews, health-status updates) against the watched words (block: 422; hold; flag) and the words
 * of a crisis (hold, alert the moderators at once), which administrators edit ({@link
 * health.salus.moderation.boundary.WatchedWordService}). {@link
 * health.salus.moderation.boundary.SanctionService}: moderators warn, silence (read only) or
 * suspend (no access) a member until a time, with a reason (a group's own moderator only members of
 * their groups, there: {@code ModeratorScope} decides, and {@code reach} tells the page); {@link
 * health.salus.moderation.boundary.Standing} asks at the moment of use, so a sanction ends by
 * itself. {@link health.salus.moderation.boundary.AppealService}: the member appeals an action on
 * them once; another moderator upholds (undoing it) or rejects it, with a reason, logged and told.
 */
package health.salus.moderation.boundary;
