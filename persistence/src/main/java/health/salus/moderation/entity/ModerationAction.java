package health.salus.moderation.entity;

import health.salus.community.entity.Comment;
import health.salus.community.entity.ModeratedContent;
import health.salus.community.entity.Post;
import health.salus.community.entity.ServiceReview;
import health.salus.community.entity.StatusUpdate;
import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the moderation log: who did what to which post (or comment, review, or member), and
 * why.
 */
@Entity
@Table(name = "moderation_action")
public class ModerationAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "acted_at", nullable = false)
  private Instant at;

  @ManyToOne(optional = false)
  @JoinColumn(name = "moderator_id")
  private UserAccount moderator;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ModerationActionKind action;

  @ManyToOne
  @JoinColumn(name = "post_id")
  private Post post;

  @ManyToOne
  @JoinColumn(name = "comment_id")
  private Comment comment;

  @ManyToOne
  @JoinColumn(name = "member_id")
  private UserAccount member;

  @Column(nullable = false)
  private String reason;

  @ManyToOne
  @JoinColumn(name = "sanction_id")
  private Sanction sanction;

  @ManyToOne
  @JoinColumn(name = "review_id")
  private ServiceReview review;

  @ManyToOne
  @JoinColumn(name = "status_update_id")
  private StatusUpdate update;

  protected ModerationAction() {}

  public ModerationAction(
      Instant at,
      UserAccount moderator,
      ModerationActionKind action,
      Post post,
      Comment comment,
      UserAccount member,
      String reason) {
    this.at = at;
    this.moderator = moderator;
    this.action = action;
    this.post = post;
    this.comment = comment;
    this.member = member;
    this.reason = reason;
  }

  /** The log line of a sanction on a member. */
  public static ModerationAction of(Sanction sanction) {
    ModerationAction line =
        new ModerationAction(
            sanction.getImposedAt(),
            sanction.getModerator(),
            ModerationActionKind.valueOf(sanction.getKind().name()),
            null,
            null,
            sanction.getMember(),
            sanction.getReason());
    line.sanction = sanction;
    return line;
  }

  /** The log line of an action on a review of a health service (its author is the member). */
  public static ModerationAction of(
      Instant at,
      UserAccount moderator,
      ModerationActionKind action,
      ServiceReview review,
      String reason) {
    ModerationAction line =
        new ModerationAction(at, moderator, action, null, null, review.getAuthor(), reason);
    line.review = review;
    return line;
  }

  /** The log line of an action on a health-status update (its author is the member). */
  public static ModerationAction of(
      Instant at,
      UserAccount moderator,
      ModerationActionKind action,
      StatusUpdate update,
      String reason) {
    ModerationAction line =
        new ModerationAction(at, moderator, action, null, null, update.getAuthor(), reason);
    line.update = update;
    return line;
  }

  /** What members wrote that the action was on (a comment, review, update or post), if any. */
  public ModeratedContent content() {
    if (comment != null) {
      return comment;
    }
    if (review != null) {
      return review;
    }
    return update != null ? update : post;
  }

  public StatusUpdate getUpdate() {
    return update;
  }

  public ServiceReview getReview() {
    return review;
  }

  public Sanction getSanction() {
    return sanction;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public UserAccount getModerator() {
    return moderator;
  }

  public ModerationActionKind getAction() {
    return action;
  }

  public Post getPost() {
    return post;
  }

  public Comment getComment() {
    return comment;
  }

  public UserAccount getMember() {
    return member;
  }

  public String getReason() {
    return reason;
  }
}
