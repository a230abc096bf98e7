package health.salus.moderation.control;

import health.salus.community.entity.Comment;
import health.salus.community.entity.MembershipStatus;
import health.salus.community.entity.Post;
import health.salus.community.entity.ServiceReview;
import health.salus.community.entity.StatusUpdate;
import health.salus.identity.entity.Role;
import health.salus.moderation.entity.CommentFlag;
import health.salus.moderation.entity.Flag;
import health.salus.moderation.entity.ModerationAction;
import health.salus.moderation.entity.ReviewFlag;
import health.salus.moderation.entity.StatusUpdateFlag;
import health.salus.moderation.entity.WatchedWord;
import health.salus.shared.control.Conditions;
import health.salus.shared.control.LikePattern;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Flags, watched words, the review queue and the moderation log as stored. */
@Dependent
public class ModerationRepository {

  /** What the review queue holds at most per kind (older items follow as these are reviewed). */
  public static final int QUEUE_LIMIT = 200;

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public boolean flagged(long postId, long flaggerId) {
    return !em.createQuery(
            "SELECT f.id FROM Flag f WHERE f.post.id = :postId AND f.flagger.id = :flaggerId",
            Long.class)
        .setParameter("postId", postId)
        .setParameter("flaggerId", flaggerId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Who moderates the group: the enabled accounts with the moderator role, and the group's own
   * active moderators (none for what belongs to no group, such as reviews).
   */
  public List<Long> moderatorsOf(Long groupId) {
    List<Long> ids =
        new ArrayList<>(
            em.createQuery(
                    "SELECT a.id FROM UserAccount a WHERE :role MEMBER OF a.roles"
                        + " AND a.enabled = TRUE",
                    Long.class)
                .setParameter("role", Role.MODERATOR)
                .getResultList());
    if (groupId == null) {
      return ids;
    }
    em
        .createQuery(
            "SELECT m.account.id FROM Membership m WHERE m.group.id = :groupId"
                + " AND m.moderator = TRUE AND m.status = :active",
            Long.class)
        .setParameter("groupId", groupId)
        .setParameter("active", MembershipStatus.ACTIVE)
        .getResultList()
        .stream()
        .filter(id -> !ids.contains(id))
        .forEach(ids::add);
    return ids;
  }

  public List<Flag> openFlags(long postId) {
    return em.createQuery(
            "SELECT f FROM Flag f WHERE f.post.id = :postId AND f.open = TRUE ORDER BY f.id",
            Flag.class)
        .setParameter("postId", postId)
        .getResultList();
  }

  /** Posts waiting for review, oldest first; in these groups only when {@code groupIds} given. */
  public List<Post> postsToReview(Collection<Long> groupIds) {
    String inGroups = groupIds == null ? "" : " AND p.group.id IN :groupIds";
    var query =
        em.createQuery(
            "SELECT p FROM Post p WHERE p.needsReview = TRUE" + inGroups + " ORDER BY p.id",
            Post.class);
    if (groupIds != null) {
      query.setParameter("groupIds", groupIds);
    }
    return query.setMaxResults(QUEUE_LIMIT).getResultList();
  }

  /**
   * Comments waiting for review (held, hidden by flags, flagged), oldest first; in these groups
   * only when {@code groupIds} given.
   */
  public List<Comment> commentsToReview(Collection<Long> groupIds) {
    String inGroups = groupIds == null ? "" : " AND c.post.group.id IN :groupIds";
    var query =
        em.createQuery(
            "SELECT c FROM Comment c WHERE c.needsReview = TRUE" + inGroups + " ORDER BY c.id",
            Comment.class);
    if (groupIds != null) {
      query.setParameter("groupIds", groupIds);
    }
    return query.setMaxResults(QUEUE_LIMIT).getResultList();
  }

  /**
   * Reviews of health services waiting for review (held, hidden by flags, flagged), oldest first.
   */
  public List<ServiceReview> reviewsToReview() {
    return em.createQuery(
            "SELECT r FROM ServiceReview r WHERE r.needsReview = TRUE ORDER BY r.id",
            ServiceReview.class)
        .setMaxResults(QUEUE_LIMIT)
        .getResultList();
  }

  public boolean commentFlagged(long commentId, long flaggerId) {
    return !em.createQuery(
            "SELECT f.id FROM CommentFlag f WHERE f.flaggedComment.id = :commentId"
                + " AND f.flagger.id = :flaggerId",
            Long.class)
        .setParameter("commentId", commentId)
        .setParameter("flaggerId", flaggerId)
        .getResultList()
        .isEmpty();
  }

  public List<CommentFlag> openCommentFlags(long commentId) {
    return em.createQuery(
            "SELECT f FROM CommentFlag f WHERE f.flaggedComment.id = :commentId AND f.open = TRUE"
                + " ORDER BY f.id",
            CommentFlag.class)
        .setParameter("commentId", commentId)
        .getResultList();
  }

  /** Health-status updates waiting for review (held or flagged), oldest first. */
  public List<StatusUpdate> updatesToReview() {
    return em.createQuery(
            "SELECT u FROM StatusUpdate u WHERE u.needsReview = TRUE ORDER BY u.id",
            StatusUpdate.class)
        .setMaxResults(QUEUE_LIMIT)
        .getResultList();
  }

  public List<StatusUpdateFlag> openUpdateFlags(long updateId) {
    return em.createQuery(
            "SELECT f FROM StatusUpdateFlag f WHERE f.update.id = :updateId AND f.open = TRUE"
                + " ORDER BY f.id",
            StatusUpdateFlag.class)
        .setParameter("updateId", updateId)
        .getResultList();
  }

  /** The update with its row locked: moderation on it goes one at a time. */
  public Optional<StatusUpdate> lockedUpdate(long id) {
    return Optional.ofNullable(em.find(StatusUpdate.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public boolean reviewFlagged(long reviewId, long flaggerId) {
    return !em.createQuery(
            "SELECT f.id FROM ReviewFlag f WHERE f.review.id = :reviewId"
                + " AND f.flagger.id = :flaggerId",
            Long.class)
        .setParameter("reviewId", reviewId)
        .setParameter("flaggerId", flaggerId)
        .getResultList()
        .isEmpty();
  }

  public List<ReviewFlag> openReviewFlags(long reviewId) {
    return em.createQuery(
            "SELECT f FROM ReviewFlag f WHERE f.review.id = :reviewId AND f.open = TRUE"
                + " ORDER BY f.id",
            ReviewFlag.class)
        .setParameter("reviewId", reviewId)
        .getResultList();
  }

  public long countPostsToReview() {
    return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.needsReview = TRUE", Long.class)
        .getSingleResult();
  }

  /** The log lines that match, newest first. */
  public List<ModerationAction> log(LogSearch search, int page, int size) {
    return logQuery("SELECT a", search, ModerationAction.class, " ORDER BY a.id DESC")
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long countLog(LogSearch search) {
    return logQuery("SELECT COUNT(a)", search, Long.class, "").getSingleResult();
  }

  private <T> TypedQuery<T> logQuery(
      String select, LogSearch search, Class<T> type, String orderBy) {
    Conditions where = new Conditions();
    if (search.member() != null) {
      where.and("a.member.username = :member", "member", search.member());
    }
    if (search.moderator() != null) {
      where.and("a.moderator.username = :moderator", "moderator", search.moderator());
    }
    if (search.action() != null) {
      where.and("a.action = :action", "action", search.action());
    }
    if (search.text() != null) {
      where.and(
          "LOWER(a.reason) LIKE :text" + LikePattern.ESCAPE,
          "text",
          LikePattern.containing(search.text()));
    }
    if (search.from() != null) {
      where.and("a.at >= :from", "from", search.from());
    }
    if (search.to() != null) {
      where.and("a.at < :to", "to", search.to());
    }
    return where.bind(
        em.createQuery(select + " FROM ModerationAction a" + where.where() + orderBy, type));
  }

  public List<WatchedWord> watchedWords() {
    return em.createQuery(
            "SELECT w FROM WatchedWord w ORDER BY w.language, w.term", WatchedWord.class)
        .getResultList();
  }

  public Optional<WatchedWord> watchedWord(long id) {
    return Optional.ofNullable(em.find(WatchedWord.class, id));
  }

  public Optional<WatchedWord> watchedWord(String term) {
    return em.createQuery("SELECT w FROM WatchedWord w WHERE w.term = :term", WatchedWord.class)
        .setParameter("term", term)
        .getResultStream()
        .findFirst();
  }

  public void removeWatchedWord(WatchedWord word) {
    em.remove(word);
  }
}
