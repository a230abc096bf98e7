package health.salus.moderation.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.boundary.Memberships;
import health.salus.community.control.CommunityRepository;
import health.salus.community.control.ReviewRepository;
import health.salus.community.entity.Comment;
import health.salus.community.entity.Membership;
import health.salus.community.entity.ModeratedContent;
import health.salus.community.entity.Post;
import health.salus.community.entity.PostStatus;
import health.salus.community.entity.ServiceReview;
import health.salus.community.entity.StatusUpdate;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.moderation.control.LogSearch;
import health.salus.moderation.control.ModerationRepository;
import health.salus.moderation.entity.ContentFlag;
import health.salus.moderation.entity.ModerationAction;
import health.salus.moderation.entity.ModerationActionKind;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Moderation of the support groups: members flag posts and comments ({@link FlagService}: enough
 * open flags hide one until it is reviewed); moderators see the review queue with the reason each
 * item is there and approve, hide, remove or restore with a reason, which is logged and told to the
 * author. A MODERATOR acts in every group, a group's own moderator in that group only.
 */
@Stateless
public class ModerationService {

  public static final int REASON_MAX = 1000;

  @Inject ModerationRepository repository;
  @Inject CommunityRepository community;
  @Inject ReviewRepository reviews;
  @Inject Memberships memberships;
  @Inject ContentScreening screening;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Event<PostModerated> moderated;
  @Inject Clock clock;

  /**
   * What waits for review, oldest first after those that suggest a crisis: posts held, hidden by
   * flags or flagged, held comments, and (for a MODERATOR) reviews of health services held, hidden
   * by flags or flagged, each with why. A MODERATOR sees every group's; a group moderator their
   * groups'; anyone else is refused (403).
   */
  @PermitAll
  @AnySignedIn
  public List<QueueItem> queue() {
    CurrentCaller caller = callers.current();
    List<Long> groups = null;
    if (!caller.has(Role.MODERATOR)) {
      groups =
          caller.accountId() == null
              ? List.of()
              : community.membershipsOf(caller.accountId()).stream()
                  .filter(m -> m.isActive() && m.isModerator())
                  .map(m -> m.getGroup().getId())
                  .toList();
      if (groups.isEmpty()) {
        throw new AccessDeniedException("moderation.moderatorsOnly");
      }
    }
    List<QueueItem> items = new ArrayList<>();
    for (Post post : repository.postsToReview(groups)) {
      List<String> reasons = reasons(post, repository.openFlags(post.getId()));
      items.add(
          new QueueItem(
              "POST",
              post.getId(),
              null,
              null,
              reasons,
              post.getStatus().name(),
              post.getGroup().getId(),
              post.getGroup().getName(),
              post.getTitle(),
              excerpt(post.getBody()),
              post.getAuthor().getUsername(),
              post.getCreatedAt(),
              null,
              post.getEditedAt()));
    }
    for (Comment comment : repository.commentsToReview(groups)) {
      items.add(
          new QueueItem(
              "COMMENT",
              comment.getPost().getId(),
              comment.getId(),
              null,
              reasons(comment, repository.openCommentFlags(comment.getId())),
              comment.getStatus().name(),
              comment.getPost().getGroup().getId(),
              comment.getPost().getGroup().getName(),
              comment.getPost().getTitle(),
              excerpt(comment.getBody()),
              comment.getAuthor().getUsername(),
              comment.getCreatedAt(),
              null,
              null));
    }
    if (groups == null) {
      for (ServiceReview review : repository.reviewsToReview()) {
        items.add(
            new QueueItem(
                "REVIEW",
                null,
                null,
                review.getId(),
                reasons(review, repository.openReviewFlags(review.getId())),
                review.getStatus().name(),
                null,
                review.subjectName(),
                review.subjectName() + " · " + review.getRating() + "/5",
                excerpt(review.getBody()),
                review.getAuthor().getUsername(),
                review.getCreatedAt(),
                null,
                null));
      }
      for (StatusUpdate update : repository.updatesToReview()) {
        items.add(
            new QueueItem(
                "UPDATE",
                null,
                null,
                null,
                reasons(update, repository.openUpdateFlags(update.getId())),
                update.getStatus().name(),
                null,
                update.getAuthor().getFullName(),
                update.getAuthor().getFullName(),
                excerpt(update.getBody()),
                update.getAuthor().getUsername(),
                update.getCreatedAt(),
                update.getId(),
                null));
      }
    }
    items.sort(Comparator.comparing((QueueItem item) -> !suggestsCrisis(item)));
    return items;
  }

  /** Why an item is in the queue: why it was held or hidden, then each open flag. */
  private static List<String> reasons(
      ModeratedContent content, List<? extends ContentFlag> openFlags) {
    List<String> reasons = new ArrayList<>();
    if (content.getHeldReason() != null) {
      reasons.add(content.getHeldReason());
    }
    openFlags.stream().map(ContentFlag::queueReason).forEach(reasons::add);
    return reasons;
  }

  private static boolean suggestsCrisis(QueueItem item) {
    return item.reasons().stream().anyMatch(r -> r.startsWith(ContentScreening.HELD_CRISIS));
  }

  /** How many posts wait for review (for a moderator's home page). */
  @RolesAllowed(Role.Names.MODERATOR)
  public long waiting() {
    return repository.countPostsToReview();
  }

  private static String excerpt(String body) {
    return body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }

  /**
   * A moderator of the post's group acts on it with a reason (400 without one): approve (a held,
   * hidden or flagged post is published, its flags dismissed, the author's trust rises), hide,
   * remove (open flags upheld: the author's trust falls) or restore. A step the post's status does
   * not allow is 422; a caller who may not moderate the group is refused (403), or 404 when they
   * may not see the post. Logged, audited and told to the author.
   */
  @PermitAll
  @AnySignedIn
  public Moderated act(long postId, String action, ModerationReason input) {
    CurrentCaller caller = callers.current();
    ModerationActionKind kind = postAction(action);
    String reason = reason(input);
    Post post =
        community
            .lockedPost(postId)
            .orElseThrow(() -> new NotFoundException("community.postNotFound"));
    if (!memberships.moderates(post.getGroup().getId(), caller)) {
      if (!post.visibleTo(caller.accountId()) || !memberships.reads(post.getGroup(), caller)) {
        throw new NotFoundException("community.postNotFound");
      }
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    boolean held = post.getStatus() == PostStatus.PENDING_REVIEW;
    boolean flagsOpen = post.getOpenFlags() > 0;
    apply(kind, post, reason);
    Membership author =
        community.membership(post.getGroup().getId(), post.getAuthor().getId()).orElse(null);
    if (author != null && kind == ModerationActionKind.APPROVE && held) {
      author.postApproved();
    }
    if (author != null
        && flagsOpen
        && (kind == ModerationActionKind.HIDE || kind == ModerationActionKind.REMOVE)) {
      author.flagUpheld();
    }
    repository.openFlags(postId).forEach(ContentFlag::close);
    ModerationAction logged =
        new ModerationAction(
            clock.instant(), callers.account(), kind, post, null, post.getAuthor(), reason);
    repository.add(logged);
    repository.flush();
    audit.record(
        AuditEvent.of("MODERATION_" + kind.name(), AuditOutcome.SUCCESS)
            .object("Post", postId)
            .detail(post.getStatus().name()));
    moderated.fire(
        new PostModerated(
            logged.getId(),
            post.getAuthor().getId(),
            postId,
            post.getTitle(),
            kind.name(),
            reason));
    return new Moderated(postId, post.getStatus().name());
  }

  /**
   * A moderator of the comment's group acts on a comment as on a post, with a reason (400 without):
   * approve (held, hidden or flagged: published, its flags dismissed), hide, remove or restore; a
   * step its status does not allow is 422. Logged, audited and told to the author.
   */
  @PermitAll
  @AnySignedIn
  public Moderated actOnComment(long commentId, String action, ModerationReason input) {
    CurrentCaller caller = callers.current();
    ModerationActionKind kind = postAction(action);
    String reason = reason(input);
    Comment comment =
        community
            .lockedComment(commentId)
            .orElseThrow(() -> new NotFoundException("community.commentNotFound"));
    if (!memberships.moderates(comment.getPost().getGroup().getId(), caller)) {
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    apply(kind, comment, reason);
    repository.openCommentFlags(commentId).forEach(ContentFlag::close);
    ModerationAction logged =
        new ModerationAction(
            clock.instant(),
            callers.account(),
            kind,
            comment.getPost(),
            comment,
            comment.getAuthor(),
            reason);
    repository.add(logged);
    repository.flush();
    audit.record(
        AuditEvent.of("MODERATION_COMMENT_" + kind.name(), AuditOutcome.SUCCESS)
            .object("Comment", commentId)
            .detail(comment.getStatus().name()));
    moderated.fire(
        new PostModerated(
            logged.getId(),
            comment.getAuthor().getId(),
            comment.getPost().getId(),
            comment.getPost().getTitle(),
            kind.name(),
            reason));
    return new Moderated(commentId, comment.getStatus().name());
  }

  /** One moderation step on what members wrote, the same for every kind. */
  private static void apply(ModerationActionKind kind, ModeratedContent content, String reason) {
    switch (kind) {
      case APPROVE -> content.approve(reason);
      case HIDE -> content.hide(reason);
      case REMOVE -> content.remove(reason);
      default -> content.restore(reason);
    }
  }

  /**
   * A MODERATOR acts on a review of a health service with a reason (400 without), as on a post:
   * approve (held, hidden or flagged: published, flags dismissed), hide, remove or restore; a step
   * its status does not allow is 422; anyone else 403. Logged (the review's author is the member
   * told, who may appeal a hide or removal) and audited.
   */
  @RolesAllowed(Role.Names.MODERATOR)
  public Moderated actOnReview(long reviewId, String action, ModerationReason input) {
    ModerationActionKind kind = postAction(action);
    String reason = reason(input);
    ServiceReview review =
        reviews.lockedReview(reviewId).orElseThrow(() -> new NotFoundException("review.notFound"));
    return settle(
        kind,
        review,
        reason,
        repository.openReviewFlags(reviewId),
        ModerationAction.of(clock.instant(), callers.account(), kind, review, reason),
        "MODERATION_REVIEW_",
        "ServiceReview",
        reviewId);
  }

  /**
   * A MODERATOR acts on a health-status update with a reason (400 without), as on a post: approve
   * (held or flagged: published again to its audience, flags dismissed), hide, remove or restore; a
   * step its status does not allow is 422; anyone else 403. Logged (the author is the member told,
   * who may appeal) and audited.
   */
  @RolesAllowed(Role.Names.MODERATOR)
  public Moderated actOnUpdate(long updateId, String action, ModerationReason input) {
    ModerationActionKind kind = postAction(action);
    String reason = reason(input);
    StatusUpdate update =
        repository
            .lockedUpdate(updateId)
            .orElseThrow(() -> new NotFoundException("sharing.updateNotFound"));
    return settle(
        kind,
        update,
        reason,
        repository.openUpdateFlags(updateId),
        ModerationAction.of(clock.instant(), callers.account(), kind, update, reason),
        "MODERATION_UPDATE_",
        "StatusUpdate",
        updateId);
  }

  /**
   * A moderator's step on what belongs to no group (a review, a health-status update): applied, its
   * open flags settled, logged and audited.
   */
  private Moderated settle(
      ModerationActionKind kind,
      ModeratedContent content,
      String reason,
      List<? extends ContentFlag> openFlags,
      ModerationAction line,
      String auditPrefix,
      String objectType,
      long id) {
    apply(kind, content, reason);
    openFlags.forEach(ContentFlag::close);
    repository.add(line);
    repository.flush();
    audit.record(
        AuditEvent.of(auditPrefix + kind.name(), AuditOutcome.SUCCESS)
            .object(objectType, id)
            .detail(content.getStatus().name()));
    return new Moderated(id, content.getStatus().name());
  }

  private static ModerationActionKind postAction(String action) {
    String name = action == null ? "" : action.strip().toUpperCase(Locale.ROOT);
    return switch (name) {
      case "APPROVE" -> ModerationActionKind.APPROVE;
      case "HIDE" -> ModerationActionKind.HIDE;
      case "REMOVE" -> ModerationActionKind.REMOVE;
      case "RESTORE" -> ModerationActionKind.RESTORE;
      default -> throw new NotFoundException("moderation.actionUnknown");
    };
  }

  static String reason(ModerationReason input) {
    String reason = input == null ? null : input.reason();
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "moderation.reasonRequired");
    }
    if (reason.strip().length() > REASON_MAX) {
      throw new InvalidInputException("reason", "community.textTooLong", REASON_MAX);
    }
    return reason.strip();
  }

  /** The moderation log, newest first, for moderators and administrators. */
  @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
  public Page<LogEntry> log(int page, int size) {
    return log(LogQuery.none(), page, size);
  }

  /**
   * The lines of the moderation log that match the search (member, moderator, action, words in the
   * reason, date range), newest first; a bad action or date is 400.
   */
  @RolesAllowed({Role.Names.MODERATOR, Role.Names.ADMIN})
  public Page<LogEntry> log(LogQuery query, int page, int size) {
    LogSearch search = (query == null ? LogQuery.none() : query).search();
    List<LogEntry> items = repository.log(search, page, size).stream().map(LogEntry::of).toList();
    return new Page<>(items, repository.countLog(search), page, size);
  }
}
