package health.salus.community.view;

import health.salus.community.boundary.CommunityService;
import health.salus.community.boundary.Created;
import health.salus.community.boundary.NewComment;
import health.salus.community.boundary.NewPost;
import health.salus.community.boundary.NewReaction;
import health.salus.community.boundary.PostDetail;
import health.salus.moderation.boundary.FlagService;
import health.salus.moderation.boundary.NewFlag;
import health.salus.moderation.entity.FlagReason;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A post's page ({@code ?id=}): the post (its status and the moderator's reason for its author),
 * its comments, the comment form, reactions and the flag forms (the post's, and one under each
 * comment a member may report, with the same reasons); for its author, the forms to change it (the
 * old text kept) and to delete it.
 */
@Named
@ViewScoped
public class PostBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CommunityService community;
  @Inject FlagService flags;

  private long id;
  private PostDetail detail;
  private String comment;
  private String reason = FlagReason.SPAM.name();
  private String flagComment;
  private final PersonalDetailsWarning warning = new PersonalDetailsWarning();
  private final PersonalDetailsWarning editWarning = new PersonalDetailsWarning();
  private String editTitle;
  private String editBody;

  public void load() {
    detail = community.post(id);
    if (detail.post().mine() && editTitle == null) {
      editTitle = detail.post().title();
      editBody = detail.post().body();
    }
  }

  /** Whether the author may still change or delete the post (not removed by a moderator). */
  public boolean isEditable() {
    return detail != null
        && detail.post().mine()
        && !detail.post().status().equals("REMOVED")
        && !detail.post().status().equals("DELETED");
  }

  /** The author changes the title and body; the old text is kept, the new one screened again. */
  public void edit() throws IOException {
    Created[] created = new Created[1];
    if (PageAction.attempt(
        editWarning.watching(
            () ->
                created[0] =
                    community.edit(
                        id, new NewPost(editTitle, editBody, editWarning.isConfirmed()))),
        "edit",
        Map.of())) {
      if (created[0].crisisSupport()) {
        PageAction.redirect("/community/support.xhtml");
        return;
      }
      PageMessages.flashInfo(
          created[0].status().equals("PUBLISHED") ? "community.edited" : "community.editedHeld");
      PageAction.redirect(page());
    }
  }

  /** The author deletes the post and goes back to the group. */
  public void delete() throws IOException {
    long group = detail.post().groupId();
    PageAction.change(
        () -> community.delete(id),
        "delete",
        "/community/group.xhtml?id=" + group,
        "community.deleted");
  }

  public PersonalDetailsWarning getEditWarning() {
    return editWarning;
  }

  public String getEditTitle() {
    return editTitle;
  }

  public void setEditTitle(String editTitle) {
    this.editTitle = editTitle;
  }

  public String getEditBody() {
    return editBody;
  }

  public void setEditBody(String editBody) {
    this.editBody = editBody;
  }

  private String page() {
    return "/community/post.xhtml?id=" + id;
  }

  public void comment() throws IOException {
    Created[] created = new Created[1];
    if (PageAction.attempt(
        warning.watching(
            () ->
                created[0] = community.comment(id, new NewComment(comment, warning.isConfirmed()))),
        "comment",
        Map.of())) {
      if (created[0].crisisSupport()) {
        PageAction.redirect("/community/support.xhtml");
        return;
      }
      PageMessages.flashInfo("community.commented");
      PageAction.redirect(page());
    }
  }

  /** The warning about personal details in the comment, and the author's answer to it. */
  public PersonalDetailsWarning getWarning() {
    return warning;
  }

  public void react(String kind) throws IOException {
    PageAction.change(
        () -> community.react(id, new NewReaction(kind)), "reactions", page(), "community.reacted");
  }

  public void flag() throws IOException {
    PageAction.change(
        () -> flags.flag(id, new NewFlag(reason, flagComment)),
        "flag",
        page(),
        "community.flagged");
  }

  /** A member reports someone else's published comment, with the reason chosen in its form. */
  public void reportComment(long commentId) throws IOException {
    PageAction.change(
        () -> flags.flagComment(commentId, new NewFlag(reason, flagComment)),
        "flagComment",
        page(),
        "community.flagged");
  }

  public List<String> getReasons() {
    return java.util.Arrays.stream(FlagReason.values()).map(Enum::name).toList();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public PostDetail getDetail() {
    return detail;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getFlagComment() {
    return flagComment;
  }

  public void setFlagComment(String flagComment) {
    this.flagComment = flagComment;
  }
}
