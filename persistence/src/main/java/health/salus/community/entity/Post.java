package health.salus.community.entity;

import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
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
 * A member's post in a group: a title and a Markdown body. Published at once, or held for review (a
 * watched word, a new member); hidden when enough members flag it, until a moderator reviews it;
 * approved, hidden, removed or restored by a moderator, who says why ({@link #getModerationNote()},
 * shown to the author). Its author edits it (the old text kept as a {@link PostRevision}) or
 * deletes it.
 */
@Entity
@Table(name = "community_post")
public class Post extends ModeratedContent {

  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 10000;

  /** Why a post was held or hidden (stored in {@code held_reason}). */
  public static final String HELD_NEW_MEMBER = "NEW_MEMBER";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id")
  private SupportGroup group;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private UserAccount author;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "helpful_count", nullable = false)
  private int helpfulCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Version private long version;

  protected Post() {}

  /** A new, published post; refused (400) without a title or body, or when either is too long. */
  public Post(SupportGroup group, UserAccount author, String title, String body, Instant at) {
    this.group = group;
    this.author = author;
    this.title = title(title);
    this.body = text("body", body, BODY_MAX);
    this.createdAt = at;
  }

  static String title(String title) {
    return text("title", title, TITLE_MAX);
  }

  /** A required text of at most {@code max} characters, trimmed; else 400 on {@code field}. */
  public static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw Refusal.invalid(field, "community.textRequired");
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw Refusal.invalid(field, "community.textTooLong", max);
    }
    return trimmed;
  }

  /**
   * The author changes the title and body; refused (422) once removed or deleted. The caller keeps
   * the old text as a revision first.
   */
  public void edit(String newTitle, String newBody, Instant at) {
    if (isGone()) {
      throw Refusal.rule("community.cannotEdit", getStatus());
    }
    this.title = title(newTitle);
    this.body = text("body", newBody, BODY_MAX);
    this.editedAt = at;
  }

  /** The author deletes the post: nobody sees it any more. */
  public void delete() {
    if (getStatus() == PostStatus.DELETED) {
      throw Refusal.conflict("community.postDeleted");
    }
    deleted();
  }

  /** Whether this account may read the post: published, or their own (unless deleted). */
  public boolean visibleTo(Long accountId) {
    return isPublished() || (getStatus() != PostStatus.DELETED && isAuthor(accountId));
  }

  /** Whether this account wrote the post. */
  public boolean isAuthor(Long accountId) {
    return accountId != null && accountId.equals(author.getId());
  }

  public void reactedHelpful() {
    helpfulCount++;
  }

  public Long getId() {
    return id;
  }

  public SupportGroup getGroup() {
    return group;
  }

  public UserAccount getAuthor() {
    return author;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  @Override
  protected String refusalPrefix() {
    return "community";
  }

  public long getVersion() {
    return version;
  }
}
