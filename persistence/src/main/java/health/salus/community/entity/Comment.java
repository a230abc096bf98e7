package health.salus.community.entity;

import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A member's comment on a post (Markdown), moderated as posts are ({@link ModeratedContent}): held
 * for review when a watched word or words of a crisis ask for it, hidden by enough flags until
 * reviewed, approved, hidden, removed or restored by a moderator with a reason.
 */
@Entity
@Table(name = "community_comment")
public class Comment extends ModeratedContent {

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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Comment() {}

  public Comment(Post post, UserAccount author, String body, Instant at) {
    this.post = post;
    this.author = author;
    this.body = Post.text("body", body, BODY_MAX);
    this.createdAt = at;
  }

  @Override
  protected String refusalPrefix() {
    return "community";
  }

  /** Whether this account may read it: published, or their own while held or hidden. */
  public boolean visibleTo(Long accountId) {
    return isPublished()
        || ((getStatus() == PostStatus.PENDING_REVIEW || getStatus() == PostStatus.HIDDEN)
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

  public Instant getCreatedAt() {
    return createdAt;
  }
}
