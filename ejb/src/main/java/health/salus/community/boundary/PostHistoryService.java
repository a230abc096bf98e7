package health.salus.community.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.control.CommunityRepository;
import health.salus.community.entity.Post;
import health.salus.community.entity.PostRevision;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A post's edit history: the versions its author replaced ({@link CommunityService#edit} keeps
 * each), for the post's author and those who moderate its group only (what an author edited out, a
 * phone number or a diagnosis, is gone for other members). What a version said is shown only as
 * posts are shown, rendered and sanitised.
 */
@Stateless
public class PostHistoryService {

  /** How many versions a page of the history holds unless asked otherwise. */
  public static final int PAGE_SIZE = 10;

  @Inject CommunityRepository repository;
  @Inject Memberships memberships;
  @Inject Callers callers;
  @Inject AuditTrail audit;

  /**
   * The post (its title and group) and a page of its earlier versions, newest first ({@code page}
   * from 0, {@code size} at most {@link Page#MAX_SIZE}); {@code total} counts them, none for a post
   * never edited. Readable by the post's author and those who moderate its group (a MODERATOR, or
   * the group's own moderator: {@link Memberships#historyReadablePost}) while they may read the
   * post; anyone else 404, as for an unknown post. Audited as a read of the post.
   */
  @PermitAll
  @AnySignedIn
  public PostHistory history(long postId, int page, int size) {
    Post post = memberships.historyReadablePost(postId, callers.current());
    int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
    int pageNumber = Math.max(0, page);
    long total = repository.countRevisions(postId);
    long first = (long) pageNumber * pageSize;
    List<PostRevisionView> items = new ArrayList<>();
    if (first < total) {
      // One more than the page: the next older version says when the last one was written.
      List<PostRevision> rows = repository.revisions(postId, (int) first, pageSize + 1);
      for (int i = 0; i < Math.min(pageSize, rows.size()); i++) {
        PostRevision older = i + 1 < rows.size() ? rows.get(i + 1) : null;
        items.add(
            PostRevisionView.of(
                rows.get(i),
                total - first - i,
                older == null ? post.getCreatedAt() : older.getEditedAt()));
      }
    }
    audit.record(
        AuditEvent.of("COMMUNITY_POST_HISTORY_READ", AuditOutcome.SUCCESS)
            .object("Post", postId)
            .detail("page " + pageNumber));
    return new PostHistory(
        postId,
        post.getGroup().getId(),
        post.getGroup().getName(),
        post.getTitle(),
        new Page<>(items, total, pageNumber, pageSize));
  }
}
