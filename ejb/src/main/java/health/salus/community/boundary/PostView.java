package health.salus.community.boundary;

import health.salus.community.entity.Post;
import health.salus.shared.control.SafeMarkdown;
import java.time.Instant;

/**
 * A post as a reader sees it: {@code bodyHtml} is the Markdown body rendered and sanitised; {@code
 * heldReason} (why it is held or hidden) and {@code moderationNote} (the moderator's reason) only
 * for its author and the group's moderators; {@code mine} whether the reader wrote it; {@code
 * mayReadHistory} whether the reader may read its earlier versions (its author and the group's
 * moderators too, {@link Memberships#insider(Post, Long, boolean)}).
 */
public record PostView(
    long id,
    long groupId,
    String groupName,
    String authorUsername,
    String title,
    String body,
    String bodyHtml,
    String status,
    Instant createdAt,
    Instant editedAt,
    int helpful,
    String heldReason,
    String moderationNote,
    boolean mine,
    boolean canModerate,
    boolean mayReadHistory) {

  /** The post for this reader; {@code insider} says whether they may see why it was moderated. */
  public static PostView of(Post post, Long readerId, boolean moderator) {
    boolean mine = post.isAuthor(readerId);
    boolean insider = Memberships.insider(post, readerId, moderator);
    return new PostView(
        post.getId(),
        post.getGroup().getId(),
        post.getGroup().getName(),
        post.getAuthor().getUsername(),
        post.getTitle(),
        post.getBody(),
        SafeMarkdown.toHtml(post.getBody()),
        post.getStatus().name(),
        post.getCreatedAt(),
        post.getEditedAt(),
        post.getHelpfulCount(),
        insider ? post.getHeldReason() : null,
        insider ? post.getModerationNote() : null,
        mine,
        moderator,
        insider);
  }

  public boolean published() {
    return "PUBLISHED".equals(status);
  }
}
