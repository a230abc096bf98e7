package health.salus.community.boundary;

import health.salus.shared.boundary.Page;

/** A post's edit history: the post as it is now (for the page's heading) and a page of versions. */
public record PostHistory(
    long postId, long groupId, String groupName, String title, Page<PostRevisionView> versions) {}
