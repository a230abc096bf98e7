package health.salus.community.boundary;

import java.util.List;

/**
 * A post with its comments, how many thanked it, the reader's own reactions, and whether the reader
 * is an active member of its group (members comment, react and flag).
 */
public record PostDetail(
    PostView post,
    List<CommentView> comments,
    long thanks,
    List<String> myReactions,
    boolean member) {}
