package health.salus.community.entity;

import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * What members write and moderators review, posts, comments and reviews of health services alike:
 * published at once, or held for review (a watched word, words of a crisis, a new member); one more
 * open flag puts it in the review queue, and a published text with enough open flags is hidden
 * until a moderator looks; moderators approve, hide, remove or restore it with a reason ({@link
 * #getModerationNote()}, shown to the author). The columns have the same names in each table.
 */
@MappedSuperclass
public abstract class ModeratedContent {

  /** Why a text was hidden by its flags (stored in {@code held_reason}). */
  public static final String HIDDEN_BY_FLAGS = "FLAGS";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PostStatus status = PostStatus.PUBLISHED;

  @Column(name = "held_reason")
  private String heldReason;

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column(name = "open_flags", nullable = false)
  private int openFlags;

  @Column(name = "moderation_note")
  private String moderationNote;

  /** The first part of this kind's refusal keys ({@code community}, {@code review}). */
  protected abstract String refusalPrefix();

  private Refusal refused(String key, Object... arguments) {
    return Refusal.rule(refusalPrefix() + "." + key, arguments);
  }

  /** Holds the text for review, saying why (a watched word, words of a crisis, a new member). */
  public void hold(String reason) {
    if (status == PostStatus.PUBLISHED || status == PostStatus.PENDING_REVIEW) {
      status = PostStatus.PENDING_REVIEW;
      heldReason = reason;
      needsReview = true;
    }
  }

  /**
   * One more open flag: the text waits for review, and a published one with {@code threshold} open
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

  /** A moderator approves a held, hidden or flagged text: published, its flags dismissed. */
  public void approve(String reason) {
    boolean waiting = status == PostStatus.PENDING_REVIEW || status == PostStatus.HIDDEN;
    if (!waiting && !(status == PostStatus.PUBLISHED && needsReview)) {
      throw refused("notWaitingForReview");
    }
    publish(reason);
  }

  /** A moderator hides a text (published, held, or hidden by flags and waiting for review). */
  public void hide(String reason) {
    boolean allowed =
        status == PostStatus.PUBLISHED
            || status == PostStatus.PENDING_REVIEW
            || (status == PostStatus.HIDDEN && needsReview);
    if (!allowed) {
      throw refused("cannotHide", status);
    }
    status = PostStatus.HIDDEN;
    reviewed(reason);
  }

  /** A moderator removes a text that is not removed or deleted already. */
  public void remove(String reason) {
    if (status == PostStatus.REMOVED || status == PostStatus.DELETED) {
      throw refused("cannotRemove", status);
    }
    status = PostStatus.REMOVED;
    reviewed(reason);
  }

  /** A moderator restores a hidden or removed text: published again. */
  public void restore(String reason) {
    if (status != PostStatus.HIDDEN && status != PostStatus.REMOVED) {
      throw refused("cannotRestore", status);
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

  /** Its author deletes it: nobody sees it any more, nothing waits for review. */
  protected void deleted() {
    status = PostStatus.DELETED;
    needsReview = false;
  }

  /** Whether the text is removed or deleted (its author may no longer change it). */
  protected boolean isGone() {
    return status == PostStatus.REMOVED || status == PostStatus.DELETED;
  }

  public boolean isPublished() {
    return status == PostStatus.PUBLISHED;
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

  public String getModerationNote() {
    return moderationNote;
  }
}
