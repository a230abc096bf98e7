package health.salus.community.entity;

import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
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
import jakarta.persistence.Version;
import java.time.Instant;

/** A member's comment on a post (Markdown); held for review when a watched word asks for it. */
@Entity
@Table(name = "community_comment")
public class Comment {

  public static final int BODY_MAX = 5000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "post_id")
  private Post post;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private UserAccount author;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostStatus status;

  @Column(name = "held_reason")
  private String heldReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Comment() {}

  public Comment(Post post, UserAccount author, String body, Instant at) {
    this.post = post;
    this.author = author;
    this.body = Post.text("body", body, BODY_MAX);
    this.status = PostStatus.PUBLISHED;
    this.createdAt = at;
  }

  public void hold(String reason) {
    status = PostStatus.PENDING_REVIEW;
    heldReason = reason;
  }

  /** A moderator approves a held comment. */
  public void approve() {
    if (status != PostStatus.PENDING_REVIEW) {
      throw Refusal.rule("community.notWaitingForReview");
    }
    status = PostStatus.PUBLISHED;
    heldReason = null;
  }

  /** A moderator removes a comment. */
  public void remove() {
    if (status == PostStatus.REMOVED) {
      throw Refusal.rule("community.cannotRemove", status);
    }
    status = PostStatus.REMOVED;
  }

  /** A removed comment is published again (its author's appeal was upheld). */
  public void restore() {
    if (status != PostStatus.REMOVED) {
      throw Refusal.rule("community.cannotRestore", status);
    }
    status = PostStatus.PUBLISHED;
  }

  public boolean visibleTo(Long accountId) {
    return status == PostStatus.PUBLISHED
        || (status == PostStatus.PENDING_REVIEW
            && accountId != null
            && accountId.equals(author.getId()));
  }

  public Long getId() {
    return id;
  }

  public Post getPost() {
    return post;
  }

  public UserAccount getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public PostStatus getStatus() {
    return status;
  }

  public String getHeldReason() {
    return heldReason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
