package health.salus.community.control;

import health.salus.community.entity.Comment;
import health.salus.community.entity.Membership;
import health.salus.community.entity.Post;
import health.salus.community.entity.PostRevision;
import health.salus.community.entity.PostStatus;
import health.salus.community.entity.ReactionKind;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.control.LikePattern;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Groups, memberships, posts, comments and reactions as stored. */
@Dependent
public class CommunityRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public List<SupportGroup> groups() {
    return em.createQuery("SELECT g FROM SupportGroup g ORDER BY g.id", SupportGroup.class)
        .getResultList();
  }

  public Optional<SupportGroup> group(long id) {
    return Optional.ofNullable(em.find(SupportGroup.class, id));
  }

  /** The group with its row locked, for staff to change it one at a time. */
  public Optional<SupportGroup> lockedGroup(long id) {
    return Optional.ofNullable(em.find(SupportGroup.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Whether another group (not {@code exceptId}) has this name, compared without case. */
  public boolean groupNameTaken(String name, Long exceptId) {
    return !em.createQuery(
            "SELECT g.id FROM SupportGroup g WHERE LOWER(g.name) = :name AND g.id <> :exceptId",
            Long.class)
        .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
        .setParameter("exceptId", exceptId == null ? -1L : exceptId)
        .getResultList()
        .isEmpty();
  }

  /** The group's active moderators named by the provider, by name. */
  public List<Membership> groupModerators(long groupId) {
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.group.id = :groupId AND m.moderator = TRUE"
                + " ORDER BY m.account.fullName, m.id",
            Membership.class)
        .setParameter("groupId", groupId)
        .getResultList();
  }

  /** The enabled account with this (normalised) username. */
  public Optional<UserAccount> account(String username) {
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.username = :username AND a.enabled = TRUE",
            UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /** The account's memberships (active or pending), by group. */
  public List<Membership> membershipsOf(long accountId) {
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.account.id = :accountId", Membership.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  public Optional<Membership> membership(long groupId, long accountId) {
    return membershipOf(groupId, accountId).getResultStream().findFirst();
  }

  private TypedQuery<Membership> membershipOf(long groupId, long accountId) {
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.group.id = :groupId AND m.account.id = :accountId",
            Membership.class)
        .setParameter("groupId", groupId)
        .setParameter("accountId", accountId);
  }

  /** The account's membership of the group, its row locked until the transaction ends. */
  public Optional<Membership> lockedMembership(long groupId, long accountId) {
    return membershipOf(groupId, accountId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  /** The group's members waiting for approval, oldest request first. */
  public List<Membership> pending(long groupId) {
    return em.createQuery(
            "SELECT m FROM Membership m WHERE m.group.id = :groupId AND m.status ="
                + " health.salus.community.entity.MembershipStatus.PENDING ORDER BY m.id",
            Membership.class)
        .setParameter("groupId", groupId)
        .getResultList();
  }

  public Optional<Membership> membershipById(long id) {
    return Optional.ofNullable(em.find(Membership.class, id));
  }

  public Optional<Post> post(long id) {
    return Optional.ofNullable(em.find(Post.class, id));
  }

  /** The post with its row locked: flags, reactions and moderation on it go one at a time. */
  public Optional<Post> lockedPost(long id) {
    return Optional.ofNullable(em.find(Post.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /**
   * A page of a group's feed, newest first (by id, the order of posting): the published posts and
   * the reader's own (not deleted), older than {@code before} when given; {@code limit} of them.
   * Each kind is found by its ids along its own index, (group, status, id) and (author, group, id),
   * then read by id. Among 1,000,000 posts on MariaDB, one query with an OR between the kinds
   * walked the primary key backwards through every newer post of every group (9.6 s for a first
   * page), and so did the published posts' query read whole rows (0.8 s: the index does not cover
   * the row, so MariaDB preferred the primary key's order); the ids alone take a few milliseconds.
   */
  public List<Post> feed(long groupId, Long readerId, Long before, int limit) {
    return posts(groupId, readerId, null, before, null, limit);
  }

  /**
   * Where a search that starts below {@code before} (or at the newest post) stops: the id of the
   * {@code window}-th newest published post of the group there, or empty when fewer are left (the
   * search then reads to the group's oldest post). Read from the index (group, status, id) alone.
   */
  public Optional<Long> searchFloor(long groupId, Long before, int window) {
    TypedQuery<Long> ids =
        em.createQuery(
                "SELECT p.id FROM Post p WHERE p.group.id = :groupId AND p.status = :published"
                    + (before == null ? "" : " AND p.id < :before")
                    + " ORDER BY p.id DESC",
                Long.class)
            .setParameter("groupId", groupId)
            .setParameter("published", PostStatus.PUBLISHED);
    return narrowed(ids, before, null)
        .setFirstResult(window - 1)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * A page of a group's posts that hold {@code words} in their title or body, newest first, as the
   * feed shows them ({@link #feed}), among the posts from {@code floor} (included, when given) to
   * {@code before}. The words match anywhere, without case (Chinese has no spaces between words);
   * {@code %}, {@code _} and the escape character match themselves ({@link LikePattern}). A LIKE
   * with a leading wildcard uses no index, so the feed's indexes bound the rows it tests: the
   * group's published posts in the id range (group, status, id), the reader's own (author, group,
   * id); with {@link #searchFloor} that is a bounded number of rows however many the group holds.
   */
  public List<Post> search(
      long groupId, Long readerId, String words, Long before, Long floor, int limit) {
    return posts(groupId, readerId, words, before, floor, limit);
  }

  private List<Post> posts(
      long groupId, Long readerId, String words, Long before, Long floor, int limit) {
    String older =
        (before == null ? "" : " AND p.id < :before")
            + (floor == null ? "" : " AND p.id >= :floor");
    String matching =
        words == null
            ? ""
            : " AND (LOWER(p.title) LIKE :pattern"
                + LikePattern.ESCAPE
                + " OR LOWER(p.body) LIKE :pattern"
                + LikePattern.ESCAPE
                + ")";
    TypedQuery<Long> published =
        em.createQuery(
                "SELECT p.id FROM Post p WHERE p.group.id = :groupId AND p.status = :published"
                    + older
                    + matching
                    + " ORDER BY p.id DESC",
                Long.class)
            .setParameter("groupId", groupId)
            .setParameter("published", PostStatus.PUBLISHED);
    List<Long> ids =
        new ArrayList<>(
            bounded(narrowed(published, before, words), floor)
                .setMaxResults(limit)
                .getResultList());
    if (readerId != null) {
      TypedQuery<Long> own =
          em.createQuery(
                  "SELECT p.id FROM Post p WHERE p.author.id = :readerId AND p.group.id = :groupId"
                      + " AND p.status NOT IN :notOwn"
                      + older
                      + matching
                      + " ORDER BY p.id DESC",
                  Long.class)
              .setParameter("readerId", readerId)
              .setParameter("groupId", groupId)
              .setParameter("notOwn", EnumSet.of(PostStatus.PUBLISHED, PostStatus.DELETED));
      ids.addAll(bounded(narrowed(own, before, words), floor).setMaxResults(limit).getResultList());
      ids.sort(Comparator.reverseOrder());
    }
    return byIds(ids, limit);
  }

  private static <T> TypedQuery<T> bounded(TypedQuery<T> query, Long floor) {
    return floor == null ? query : query.setParameter("floor", floor);
  }

  private static <T> TypedQuery<T> narrowed(TypedQuery<T> query, Long before, String words) {
    if (before != null) {
      query.setParameter("before", before);
    }
    if (words != null) {
      query.setParameter("pattern", LikePattern.containing(words));
    }
    return query;
  }

  private List<Post> byIds(List<Long> ids, int limit) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM Post p WHERE p.id IN :ids ORDER BY p.id DESC", Post.class)
        .setParameter("ids", ids.size() > limit ? ids.subList(0, limit) : ids)
        .getResultList();
  }

  /**
   * A page of a group's published posts, most helpful first (then newest): {@code limit} of them
   * after the post ({@code helpful}, {@code id}) when given, else from the first. Keyset along the
   * index (group, status, helpful_count, id): a deep page reads no more rows than the first.
   */
  public List<Post> mostHelpful(long groupId, Integer helpful, Long id, int limit) {
    TypedQuery<Post> query =
        em.createQuery(
                "SELECT p FROM Post p WHERE p.group.id = :groupId AND p.status = :published"
                    + (id == null
                        ? ""
                        : " AND (p.helpfulCount < :helpful"
                            + " OR (p.helpfulCount = :helpful AND p.id < :id))")
                    + " ORDER BY p.helpfulCount DESC, p.id DESC",
                Post.class)
            .setParameter("groupId", groupId)
            .setParameter("published", PostStatus.PUBLISHED);
    if (id != null) {
      query.setParameter("helpful", helpful).setParameter("id", id);
    }
    return query.setMaxResults(limit).getResultList();
  }

  /**
   * A post's comments the reader may see (published, and their own held or hidden ones), oldest
   * first.
   */
  public List<Comment> comments(long postId, Long readerId) {
    return em.createQuery(
            "SELECT c FROM Comment c WHERE c.post.id = :postId AND (c.status = :published OR"
                + " (c.author.id = :readerId AND c.status IN :held)) ORDER BY c.id",
            Comment.class)
        .setParameter("postId", postId)
        .setParameter("published", PostStatus.PUBLISHED)
        .setParameter("held", EnumSet.of(PostStatus.PENDING_REVIEW, PostStatus.HIDDEN))
        .setParameter("readerId", readerId == null ? -1L : readerId)
        .setMaxResults(500)
        .getResultList();
  }

  public Optional<Comment> comment(long id) {
    return Optional.ofNullable(em.find(Comment.class, id));
  }

  /** The comment with its row locked: flags and moderation on it go one at a time. */
  public Optional<Comment> lockedComment(long id) {
    return Optional.ofNullable(em.find(Comment.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public boolean reacted(long postId, long accountId, ReactionKind kind) {
    return !em.createQuery(
            "SELECT r.id FROM Reaction r WHERE r.post.id = :postId AND r.account.id = :accountId"
                + " AND r.kind = :kind",
            Long.class)
        .setParameter("postId", postId)
        .setParameter("accountId", accountId)
        .setParameter("kind", kind)
        .getResultList()
        .isEmpty();
  }

  /** The kinds of reaction this account gave this post. */
  public List<ReactionKind> reactionsOf(long postId, long accountId) {
    return em.createQuery(
            "SELECT r.kind FROM Reaction r WHERE r.post.id = :postId AND r.account.id = :accountId",
            ReactionKind.class)
        .setParameter("postId", postId)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  public long countReactions(long postId, ReactionKind kind) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Reaction r WHERE r.post.id = :postId AND r.kind = :kind",
            Long.class)
        .setParameter("postId", postId)
        .setParameter("kind", kind)
        .getSingleResult();
  }

  /**
   * The post's earlier versions, newest first (along {@code ix_community_post_revision_post}), from
   * row {@code first}, at most {@code max}.
   */
  public List<PostRevision> revisions(long postId, int first, int max) {
    return em.createQuery(
            "SELECT r FROM PostRevision r WHERE r.post.id = :postId ORDER BY r.id DESC",
            PostRevision.class)
        .setParameter("postId", postId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many earlier versions the post has. */
  public long countRevisions(long postId) {
    return em.createQuery(
            "SELECT COUNT(r) FROM PostRevision r WHERE r.post.id = :postId", Long.class)
        .setParameter("postId", postId)
        .getSingleResult();
  }
}
