package health.salus.community.boundary;

import health.salus.community.entity.PostRevision;
import health.salus.shared.control.SafeMarkdown;
import java.time.Instant;

/**
 * An earlier version of a post: its number ({@code 1} the first text), its title, its Markdown body
 * rendered and sanitised as posts are ({@code bodyHtml}), when it was written (the post's creation
 * or the edit before) and when an edit replaced it.
 */
public record PostRevisionView(
    long version, String title, String bodyHtml, Instant writtenAt, Instant replacedAt) {

  static PostRevisionView of(PostRevision revision, long version, Instant writtenAt) {
    return new PostRevisionView(
        version,
        revision.getTitle(),
        SafeMarkdown.toHtml(revision.getBody()),
        writtenAt,
        revision.getEditedAt());
  }
}
