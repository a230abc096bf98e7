package health.salus.moderation.entity;

import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A flag on something members wrote (a post, a comment, a review), with a reason and an optional
 * comment; or the system's for a flagging watched word (no flagger). Open until a moderator reviews
 * what it flags. Each kind keeps its flags in its own table, one per flagger and item.
 */
@MappedSuperclass
public abstract class ContentFlag {

  public static final int COMMENT_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

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

  protected ContentFlag() {}

  protected ContentFlag(UserAccount flagger, FlagReason reason, String comment, Instant at) {
    this.flagger = flagger;
    this.reason = reason;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.open = true;
    this.createdAt = at;
  }

  /** What it flags was reviewed: the flag is settled. */
  public void close() {
    open = false;
  }

  /** How the review queue names it: {@code FLAG:<reason>}, then the flagger's comment if any. */
  public String queueReason() {
    return "FLAG:" + reason + (comment == null ? "" : ": " + comment);
  }

  public Long getId() {
    return id;
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
