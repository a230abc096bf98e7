package health.salus.community.entity;

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

/** A member found a post helpful, or thanks its author: one of each kind per member and post. */
@Entity
@Table(name = "community_reaction")
public class Reaction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "post_id")
  private Post post;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private UserAccount account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReactionKind kind;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Reaction() {}

  public Reaction(Post post, UserAccount account, ReactionKind kind, Instant at) {
    this.post = post;
    this.account = account;
    this.kind = kind;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public ReactionKind getKind() {
    return kind;
  }
}
