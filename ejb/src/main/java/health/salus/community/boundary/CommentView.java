package health.salus.community.boundary;

import health.salus.community.entity.Comment;
import health.salus.shared.control.SafeMarkdown;
import java.time.Instant;

/** A comment as a reader sees it; {@code bodyHtml} rendered and sanitised. */
public record CommentView(
    long id,
    long postId,
    String authorUsername,
    String bodyHtml,
    String status,
    Instant createdAt) {

  static CommentView of(Comment comment) {
    return new CommentView(
        comment.getId(),
        comment.getPost().getId(),
        comment.getAuthor().getUsername(),
        SafeMarkdown.toHtml(comment.getBody()),
        comment.getStatus().name(),
        comment.getCreatedAt());
  }
}
