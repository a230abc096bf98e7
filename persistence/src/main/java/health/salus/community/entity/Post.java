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

/**
 * A member's post in a group: a title and a Markdown body. Published at once, or held for review (a
 * watched word, a new member); hidden when enough members flag it, until a moderator reviews it;
 * approved, hidden, removed or restored by a moderator, who says why ({@link #getModerationNote()},
 * shown to the author). Its author edits it (the old text kept as a {@link PostRevision}) or
 * deletes it.
 */
@Entity
@Table(name = "community_post")
public class Post {

  public static final int TITLE_MAX = 200;
  public static final int BODY_MAX = 10000;

  /** Why a post was held or hidden (stored in {@code held_reason}). */
  public static final String HELD_NEW_MEMBER = "NEW_MEMBER";

  public static final String HIDDEN_BY_FLAGS = "FLAGS";

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostStatus status;

  @Column(name = "held_reason")
  private String heldReason;

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column(name = "open_flags", nullable = false)
  private int openFlags;

  @Column(name = "helpful_count", nullable = false)
  private int helpfulCount;

  @Column(name = "moderation_note")
  private String moderationNote;

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
    this.status = PostStatus.PUBLISHED;
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

  /** Holds the post for review, saying why (a watched word, a new member). */
  public void hold(String reason) {
    if (status == PostStatus.PUBLISHED || status == PostStatus.PENDING_REVIEW) {
      status = PostStatus.PENDING_REVIEW;
      heldReason = reason;
      needsReview = true;
    }
  }

  /**
   * One more open flag: the post waits for review, and a published post with {@code threshold} open
   * flags is hidden. Answers whether this flag hid it.
   */
  public boolean flagged(int threshold) {
    openFlags++;
    needsReview = true;
    if (status == PostStatus.PUBLISHED && openFlags >= threshold) {
      status = PostStatus.HIDDEN;
      heldReason = HIDDEN_BY_FLAGS;
      return true;
    }
    return false;
  }

  /** A moderator approves a held, hidden or flagged post: published, its flags dismissed. */
  public void approve(String reason) {
    boolean waiting = status == PostStatus.PENDING_REVIEW || status == PostStatus.HIDDEN;
    if (!waiting && !(status == PostStatus.PUBLISHED && needsReview)) {
      throw Refusal.rule("community.notWaitingForReview");
    }
    publish(reason);
  }

  /** A moderator hides a post (published, held, or hidden by flags and waiting for review). */
  public void hide(String reason) {
    boolean allowed =
        status == PostStatus.PUBLISHED
            || status == PostStatus.PENDING_REVIEW
            || (status == PostStatus.HIDDEN && needsReview);
    if (!allowed) {
      throw Refusal.rule("community.cannotHide", status);
    }
    status = PostStatus.HIDDEN;
    reviewed(reason);
  }

  /** A moderator removes a post that is not removed or deleted already. */
  public void remove(String reason) {
    if (status == PostStatus.REMOVED || status == PostStatus.DELETED) {
      throw Refusal.rule("community.cannotRemove", status);
    }
    status = PostStatus.REMOVED;
    reviewed(reason);
  }

  /** A moderator restores a hidden or removed post: published again. */
  public void restore(String reason) {
    if (status != PostStatus.HIDDEN && status != PostStatus.REMOVED) {
      throw Refusal.rule("community.cannotRestore", status);
    }
    publish(reason);
  }

  private void publish(String reason) {
    status = PostStatus.PUBLISHED;
    heldReason = null;
    reviewed(reason);
  }

  private void reviewed(String reason) {
    needsReview = false;
    openFlags = 0;
    moderationNote = reason;
  }

  /**
   * The author changes the title and body; refused (422) once removed or deleted. The caller keeps
   * the old text as a revision first.
   */
  public void edit(String newTitle, String newBody, Instant at) {
    if (status == PostStatus.REMOVED || status == PostStatus.DELETED) {
      throw Refusal.rule("community.cannotEdit", status);
    }
    this.title = title(newTitle);
    this.body = text("body", newBody, BODY_MAX);
    this.editedAt = at;
  }

  /** The author deletes the post: nobody sees it any more. */
  public void delete() {
    if (status == PostStatus.DELETED) {
      throw Refusal.conflict("community.postDeleted");
    }
    status = PostStatus.DELETED;
    needsReview = false;
  }

  /** Whether this account may read the post: published, or their own (unless deleted). */
  public boolean visibleTo(Long accountId) {
    return status == PostStatus.PUBLISHED
        || (status != PostStatus.DELETED && accountId != null && accountId.equals(author.getId()));
  }

  public void reactedHelpful() {
    helpfulCount++;
  }

  public boolean isPublished() {
    return status == PostStatus.PUBLISHED;
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

  public PostStatus getStatus() {
    return status;
  }

  public String getHeldReason() {
    return heldReason;
  }

  public boolean isNeedsReview() {
    return needsReview;
  }

  public int getOpenFlags() {
    return openFlags;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public String getModerationNote() {
    return moderationNote;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }

  public long getVersion() {
    return version;
  }
}
