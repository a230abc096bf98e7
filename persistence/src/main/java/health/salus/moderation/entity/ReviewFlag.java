package health.salus.moderation.entity;

import health.salus.community.entity.ServiceReview;
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
 * A flag on a review of a health service, with the reasons of a post's flag ({@link FlagReason});
 * or the system's (a flagging watched word; no flagger). Open until a moderator reviews it.
 */
@Entity
@Table(name = "service_review_flag")
public class ReviewFlag {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "review_id")
  private ServiceReview review;

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

  protected ReviewFlag() {}

  public ReviewFlag(
      ServiceReview review, UserAccount flagger, FlagReason reason, String comment, Instant at) {
    this.review = review;
    this.flagger = flagger;
    this.reason = reason;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.open = true;
    this.createdAt = at;
  }

  /** The review was reviewed: the flag is settled. */
  public void close() {
    open = false;
  }

  public Long getId() {
    return id;
  }

  public ServiceReview getReview() {
    return review;
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
