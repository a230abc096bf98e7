package health.salus.community.boundary;

import java.util.List;

/** A post with its comments, how many thanked it, and the reader's own reactions. */
public record PostDetail(
    PostView post, List<CommentView> comments, long thanks, List<String> myReactions) {}
