package health.salus.moderation.entity;

import health.salus.community.entity.Post;
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
 * A member's flag on a post, or the system's (a watched word; no flagger). Open until a moderator
 * reviews the post.
 */
@Entity
@Table(name = "moderation_flag")
public class Flag {

  public static final int COMMENT_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "post_id")
  private Post post;

  @ManyToOne
  @JoinColumn(name = "flagger_id")
  private UserAccount flagger;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FlagReason reason;

  @Column(name = "flag_comment")
  private String comment;

  @Column(name = "is_open", nullable = false)
  private boolean open;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Flag() {}

  public Flag(Post post, UserAccount flagger, FlagReason reason, String comment, Instant at) {
    this.post = post;
    this.flagger = flagger;
    this.reason = reason;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.open = true;
    this.createdAt = at;
  }

  /** The post was reviewed: the flag is settled. */
  public void close() {
    open = false;
  }

  public Long getId() {
    return id;
  }

  public Post getPost() {
    return post;
  }

  public UserAccount getFlagger() {
    return flagger;
  }

  public FlagReason getReason() {
    return reason;
  }

  public String getComment() {
    return comment;
  }

  public boolean isOpen() {
    return open;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
