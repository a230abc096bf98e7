package health.salus.community.view;

import health.salus.community.boundary.CommunityService;
import health.salus.community.boundary.Created;
import health.salus.community.boundary.Feed;
import health.salus.community.boundary.GroupView;
import health.salus.community.boundary.JoinRequest;
import health.salus.community.boundary.JoinRequestService;
import health.salus.community.boundary.NewPost;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A group's page ({@code ?id=}, {@code &after=} for the next page, {@code &q=} to search its posts,
 * {@code &sort=helpful} for the most helpful first): the feed, newest first, and the post form for
 * members (with the personal-details warning; a post that suggests a crisis leads its author to the
 * support contacts).
 */
@Named
@ViewScoped
public class GroupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CommunityService community;
  @Inject JoinRequestService joinRequests;

  private long id;
  private String after;
  private String q;
  private String sort;
  private GroupView group;
  private Feed feed;
  private List<JoinRequest> requests = List.of();
  private String title;
  private String body;
  private final PersonalDetailsWarning warning = new PersonalDetailsWarning();

  public void load() {
    group = community.group(id);
    if (!isSearching()) {
      if (!PageAction.attempt(
          () ->
              feed =
                  isHelpfulFirst()
                      ? community.mostHelpful(id, after, CommunityService.FEED_SIZE)
                      : community.feed(id, after, CommunityService.FEED_SIZE),
          null,
          Map.of())) {
        feed = new Feed(List.of(), null);
      }
    } else if (!PageAction.attempt(
        () -> feed = community.search(id, q, after, CommunityService.FEED_SIZE), null, Map.of())) {
      feed = new Feed(List.of(), null);
    }
    if (group.moderator() && "PRIVATE".equals(group.visibility())) {
      requests = joinRequests.waiting(id);
    }
  }

  /** A moderator admits a request to join. */
  public void admit(long accountId) throws IOException {
    PageAction.change(
        () -> joinRequests.admit(id, accountId),
        "requests",
        "/community/group.xhtml?id=" + id,
        "community.requests.admitted");
  }

  /** A moderator declines a request to join. */
  public void decline(long accountId) throws IOException {
    PageAction.change(
        () -> joinRequests.decline(id, accountId),
        "requests",
        "/community/group.xhtml?id=" + id,
        "community.requests.declined");
  }

  /** Who waits to join (a private group's moderators only; else empty). */
  public List<JoinRequest> getRequests() {
    return requests;
  }

  public void post() throws IOException {
    Created[] created = new Created[1];
    if (PageAction.attempt(
        warning.watching(
            () -> created[0] = community.post(id, new NewPost(title, body, warning.isConfirmed()))),
        "post",
        Map.of())) {
      if (created[0].crisisSupport()) {
        PageAction.redirect("/community/support.xhtml");
        return;
      }
      PageMessages.flashInfo(
          "PUBLISHED".equals(created[0].status()) ? "community.posted" : "community.postHeld");
      PageAction.redirect("/community/group.xhtml?id=" + id);
    }
  }

  /** The warning about personal details in the post, and the author's answer to it. */
  public PersonalDetailsWarning getWarning() {
    return warning;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  /** Whether the page shows the posts that hold the searched words (else the whole feed). */
  public boolean isSearching() {
    return q != null && !q.isBlank();
  }

  /** The search to keep in the link to older posts ({@code &q=...}), or nothing. */
  public String getSearchQuery() {
    return isSearching() ? "&q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8) : "";
  }

  /** Whether the feed shows the most helpful posts first (else the newest; a search: newest). */
  public boolean isHelpfulFirst() {
    return "helpful".equals(sort) && !isSearching();
  }

  /** What to keep in the link to the next page: the search or the order, or nothing. */
  public String getPageQuery() {
    return isSearching() ? getSearchQuery() : isHelpfulFirst() ? "&sort=helpful" : "";
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }

  public GroupView getGroup() {
    return group;
  }

  public Feed getFeed() {
    return feed;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
