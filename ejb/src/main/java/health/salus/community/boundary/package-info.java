/**
 * Community: provider-run support groups. {@link health.salus.community.boundary.CommunityService}
 * lists and joins groups (open: a member at once; private: pending a moderator), reads a group's
 * feed (newest first, keyset paging by post id; most helpful first), posts, comments, reacts, and
 * lets authors edit (history kept) and delete their posts. {@link
 * health.salus.community.boundary.Memberships} is the one decision of who reads (open: any
 * signed-in user; private: members and moderators; else 404) and who moderates a group (MODERATOR,
 * or the group's own moderator). Only active members write (else 403). Bodies are Markdown, shown
 * only through {@code SafeMarkdown.toHtml}. A new member's posts are held until two were approved.
 *
 * <p>Sharing health status: {@link health.salus.community.boundary.ConnectionService} connects
 * portal users (ask, accept, decline, remove; one connection per pair, the other side told), and
 * {@link health.salus.community.boundary.StatusUpdateService} shares a patient's status updates
 * with an audience (only me by default, connections, chosen connections, a group); nobody outside
 * it sees an update in any list or by id.
 *
 * <p>Reviews of health services: {@link health.salus.community.boundary.ReviewService} lets a
 * patient seen by a practitioner or at a site rate and review it once (changed, never doubled),
 * screened and moderated as posts are; staff reply once; {@link
 * health.salus.community.boundary.ReviewRatings} gives the directory the average and count.
 */
package health.salus.community.boundary;
