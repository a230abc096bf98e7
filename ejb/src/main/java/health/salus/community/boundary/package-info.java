/**
 * Community: provider-run support groups. {@link health.salus.community.boundary.CommunityService}
 * lists and joins groups (open: a member at once; private: pending a moderator), reads a group's
 * feed (keyset paging: newest first by post id; most helpful first by helpful count and id), posts,
 * comments, reacts, and lets authors edit (history kept) and delete their posts; {@link
 * health.salus.community.boundary.PostHistoryService} shows the earlier versions to whoever may
 * read the post. {@link health.salus.community.boundary.Memberships} is the one decision of who
 * reads (open: any signed-in user; private: members and moderators; else 404) and who moderates a
 * group (MODERATOR, or the group's own moderator). Only active members write (else 403). Bodies are
 * Markdown, shown only through {@code SafeMarkdown.toHtml}. A new member's posts are held until two
 * were approved. It also searches a group's posts ({@code search}: what the feed would show the
 * caller, matched anywhere in title or body; a page reads a bounded window of the group's posts,
 * {@code SEARCH_WINDOW}). {@link health.salus.community.boundary.GroupSetupService} lets staff
 * create and change groups (a stale version is 409) and name their own moderators (staff, or a
 * trusted member).
 *
 * <p>Sharing health status: {@link health.salus.community.boundary.ConnectionService} connects
 * portal users (ask, accept, decline, remove; one connection per pair, the other side told), and
 * {@link health.salus.community.boundary.StatusUpdateService} shares a patient's status updates
 * with an audience (only me by default, connections, chosen connections, a group); nobody outside
 * it sees an update in any list or by id; updates are screened as posts are, and a held one is seen
 * by its author only.
 *
 * <p>Reviews of health services: {@link health.salus.community.boundary.ReviewService} lets a
 * patient seen by a practitioner or at a site rate and review it once (changed, never doubled),
 * screened and moderated as posts are; staff reply once; {@link
 * health.salus.community.boundary.ReviewRatings} gives the directory the average and count.
 */
package health.salus.community.boundary;
