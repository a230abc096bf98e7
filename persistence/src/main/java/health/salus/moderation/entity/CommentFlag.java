package health.salus.moderation.entity;

import health.salus.community.entity.Comment;
import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's flag on a comment, or the system's (a flagging watched word). The comment is {@code
 * flaggedComment}: {@code comment} is the flagger's text ({@link ContentFlag#getComment()}).
 */
@Entity
@Table(name = "comment_flag")
public class CommentFlag extends ContentFlag {

  @ManyToOne(optional = false)
  @JoinColumn(name = "comment_id")
  private Comment flaggedComment;

  protected CommentFlag() {}

  public CommentFlag(
      Comment comment, UserAccount flagger, FlagReason reason, String text, Instant at) {
    super(flagger, reason, text, at);
    this.flaggedComment = comment;
  }

  public Comment getFlaggedComment() {
    return flaggedComment;
  }
}
