package health.salus.community.boundary;

import health.salus.community.entity.Comment;
import health.salus.shared.control.SafeMarkdown;
import java.time.Instant;

/**
 * A comment as a reader sees it; {@code bodyHtml} rendered and sanitised; {@code mine} whether the
 * reader wrote it.
 */
public record CommentView(
    long id,
    long postId,
    String authorUsername,
    String bodyHtml,
    String status,
    Instant createdAt,
    boolean mine) {

  static CommentView of(Comment comment, Long readerId) {
    return new CommentView(
        comment.getId(),
        comment.getPost().getId(),
        comment.getAuthor().getUsername(),
        SafeMarkdown.toHtml(comment.getBody()),
        comment.getStatus().name(),
        comment.getCreatedAt(),
        comment.getAuthor().getId().equals(readerId));
  }

  /** Whether a member may report it: published and someone else's. */
  public boolean flaggable() {
    return "PUBLISHED".equals(status) && !mine;
  }
}
