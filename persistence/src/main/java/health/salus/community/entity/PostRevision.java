package health.salus.community.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a post said before one of its author's edits. */
@Entity
@Table(name = "community_post_revision")
public class PostRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "post_id")
  private Post post;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "edited_at", nullable = false)
  private Instant editedAt;

  protected PostRevision() {}

  /** The post's text as it is now, kept before an edit made at {@code at}. */
  public PostRevision(Post post, Instant at) {
    this.post = post;
    this.title = post.getTitle();
    this.body = post.getBody();
    this.editedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Post getPost() {
    return post;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Instant getEditedAt() {
    return editedAt;
  }
}
