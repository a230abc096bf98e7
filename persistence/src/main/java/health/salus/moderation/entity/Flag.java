package health.salus.moderation.entity;

import health.salus.community.entity.Post;
import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's flag on a post, or the system's (a watched word; no flagger). */
@Entity
@Table(name = "moderation_flag")
public class Flag extends ContentFlag {

  @ManyToOne(optional = false)
  @JoinColumn(name = "post_id")
  private Post post;

  protected Flag() {}

  public Flag(Post post, UserAccount flagger, FlagReason reason, String comment, Instant at) {
    super(flagger, reason, comment, at);
    this.post = post;
  }

  public Post getPost() {
    return post;
  }
}
