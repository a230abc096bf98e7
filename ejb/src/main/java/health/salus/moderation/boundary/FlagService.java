package health.salus.moderation.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.boundary.Memberships;
import health.salus.community.control.CommunityRepository;
import health.salus.community.control.ReviewRepository;
import health.salus.community.entity.Comment;
import health.salus.community.entity.ModeratedContent;
import health.salus.community.entity.Post;
import health.salus.community.entity.ServiceReview;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.UserAccount;
import health.salus.moderation.control.ModerationRepository;
import health.salus.moderation.entity.CommentFlag;
import health.salus.moderation.entity.ContentFlag;
import health.salus.moderation.entity.Flag;
import health.salus.moderation.entity.FlagReason;
import health.salus.moderation.entity.ReviewFlag;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;

/**
 * Members flag what others wrote — posts, comments, reviews of health services — in one way: a
 * reason ({@code SPAM}, {@code ABUSE}, {@code MISINFORMATION}, {@code PRIVACY} or {@code OTHER};
 * 400 otherwise) and an optional comment, once per member and item (409 again), never their own
 * (422). What is flagged waits in the moderators' queue, and with {@link
 * ContentScreening#flagsToHide} open flags a published one is hidden until a moderator reviews it
 * ({@link ModerationService}). Each flag is audited.
 */
@Stateless
public class FlagService {

  @Inject ModerationRepository repository;
  @Inject CommunityRepository community;
  @Inject ReviewRepository reviews;
  @Inject Memberships memberships;
  @Inject ContentScreening screening;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** What a flag is laid on: how it is audited and the keys of its refusals. */
  private record Flaggable(String objectType, String auditAction, String ownKey, String againKey) {}

  private static final Flaggable POST =
      new Flaggable("Post", "MODERATION_FLAG", "moderation.ownPost", "moderation.flaggedAlready");
  private static final Flaggable COMMENT =
      new Flaggable(
          "Comment",
          "MODERATION_COMMENT_FLAG",
          "moderation.ownComment",
          "moderation.commentFlaggedAlready");
  private static final Flaggable REVIEW =
      new Flaggable(
          "ServiceReview",
          "MODERATION_REVIEW_FLAG",
          "moderation.ownReview",
          "moderation.reviewFlaggedAlready");

  /** A flag's reason (400 when unknown) and comment (400 when too long). */
  private record Given(FlagReason reason, String comment) {}

  private static Given given(NewFlag input) {
    FlagReason reason = reason(input == null ? null : input.reason());
    String comment = input == null ? null : input.comment();
    if (comment != null && comment.strip().length() > ContentFlag.COMMENT_MAX) {
      throw new InvalidInputException("comment", "community.textTooLong", ContentFlag.COMMENT_MAX);
    }
    return new Given(reason, comment);
  }

  /**
   * Lays a member's flag, the same way on every kind: not on their own (422), once (409 again);
   * what it flags waits for review, and with {@link ContentScreening#flagsToHide} open flags a
   * published one is hidden until reviewed. Audited.
   */
  private void lay(
      Flaggable kind,
      long id,
      ModeratedContent content,
      UserAccount author,
      boolean flaggedAlready,
      ContentFlag flag) {
    if (author.getId().equals(callers.current().accountId())) {
      throw new RuleViolationException(kind.ownKey());
    }
    if (flaggedAlready) {
      throw new ConflictException(null, kind.againKey());
    }
    repository.add(flag);
    content.flagged(screening.flagsToHide());
    repository.flush();
    audit.record(
        AuditEvent.of(kind.auditAction(), AuditOutcome.SUCCESS)
            .object(kind.objectType(), id)
            .detail(flag.getReason().name() + " " + content.getStatus().name()));
  }

  /**
   * An active member of the post's group flags a post they may read, with a reason (400 when
   * unknown), once (409 again); not their own (422). The post waits for review, and with {@link
   * ContentScreening#flagsToHide} open flags a published post is hidden until reviewed.
   */
  @PermitAll
  @AnySignedIn
  public FlagView flag(long postId, NewFlag input) {
    CurrentCaller caller = callers.current();
    Given given = given(input);
    Post post = memberships.readablePost(postId, caller, true);
    memberships
        .active(post.getGroup().getId(), caller)
        .orElseThrow(() -> new AccessDeniedException("community.membersOnly"));
    Flag flag = new Flag(post, callers.account(), given.reason(), given.comment(), clock.instant());
    lay(POST, postId, post, post.getAuthor(), repository.flagged(postId, caller.accountId()), flag);
    return new FlagView(flag.getId(), postId, post.getStatus().name());
  }

  /**
   * An active member of the group flags a published comment they may read, as a post is flagged: a
   * reason (400 when unknown), once (409 again), not their own (422); with {@link
   * ContentScreening#flagsToHide} open flags the comment is hidden until a moderator reviews it. A
   * comment they may not read is 404; not a member 403.
   */
  @PermitAll
  @AnySignedIn
  public CommentFlagView flagComment(long commentId, NewFlag input) {
    CurrentCaller caller = callers.current();
    Given given = given(input);
    Comment comment =
        community
            .lockedComment(commentId)
            .filter(c -> c.visibleTo(caller.accountId()))
            .orElseThrow(() -> new NotFoundException("community.commentNotFound"));
    Post post = memberships.readablePost(comment.getPost().getId(), caller, false);
    memberships
        .active(post.getGroup().getId(), caller)
        .orElseThrow(() -> new AccessDeniedException("community.membersOnly"));
    CommentFlag flag =
        new CommentFlag(
            comment, callers.account(), given.reason(), given.comment(), clock.instant());
    lay(
        COMMENT,
        commentId,
        comment,
        comment.getAuthor(),
        repository.commentFlagged(commentId, caller.accountId()),
        flag);
    return new CommentFlagView(flag.getId(), commentId, post.getId(), comment.getStatus().name());
  }

  private static FlagReason reason(String name) {
    try {
      return FlagReason.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException unknown) {
      throw new InvalidInputException("reason", "moderation.flagReasonUnknown");
    }
  }

  /**
   * A signed-in user flags a published review of a health service they did not write, with a reason
   * (400 when unknown), once (409 again); the author's own: 422; a review they may not see: 404. At
   * {@link ContentScreening#flagsToHide} open flags the review is hidden until reviewed.
   */
  @PermitAll
  @AnySignedIn
  public ReviewFlagView flagReview(long reviewId, NewFlag input) {
    CurrentCaller caller = callers.current();
    Given given = given(input);
    ServiceReview review =
        reviews
            .lockedReview(reviewId)
            .filter(r -> r.visibleTo(caller.accountId()))
            .orElseThrow(() -> new NotFoundException("review.notFound"));
    ReviewFlag flag =
        new ReviewFlag(review, callers.account(), given.reason(), given.comment(), clock.instant());
    lay(
        REVIEW,
        reviewId,
        review,
        review.getAuthor(),
        repository.reviewFlagged(reviewId, caller.accountId()),
        flag);
    return new ReviewFlagView(flag.getId(), reviewId, review.getStatus().name());
  }
}
