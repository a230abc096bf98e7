package health.salus.community.boundary;

import health.salus.community.control.CommunityRepository;
import health.salus.community.entity.Membership;
import health.salus.community.entity.Post;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.moderation.boundary.Standing;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one place that decides, inside the boundary's transaction, who reads and who moderates a
 * group: an open group is read by any signed-in user, a private one by its active members and the
 * moderators; a moderator is a MODERATOR, or an active member the group names its moderator.
 * Moderation uses it too, so both features decide alike. A member's standing (silenced or
 * suspended, by moderation) is asked here too.
 */
@Dependent
public class Memberships {

  @Inject CommunityRepository repository;
  @Inject Standing standing;

  public Optional<Membership> of(long groupId, CurrentCaller caller) {
    return caller.accountId() == null
        ? Optional.empty()
        : repository.membership(groupId, caller.accountId());
  }

  /** The caller's active membership of the group, if any. */
  public Optional<Membership> active(long groupId, CurrentCaller caller) {
    return of(groupId, caller).filter(Membership::isActive);
  }

  /**
   * The caller's active membership, for writing in the group: not a member 403; silenced or
   * suspended there 403 with until when.
   */
  public Membership writer(long groupId, CurrentCaller caller) {
    Membership member =
        active(groupId, caller)
            .orElseThrow(() -> new AccessDeniedException("community.membersOnly"));
    mayWrite(groupId, caller);
    return member;
  }

  /** Refuses a member silenced or suspended in the group (403, with until when). */
  public void mayWrite(long groupId, CurrentCaller caller) {
    standing.mayWrite(groupId, caller.accountId());
  }

  /** Refuses a member suspended from the whole community (403, with until when). */
  public void mayEnter(CurrentCaller caller) {
    standing.mayEnter(caller.accountId());
  }

  /** Whether the caller moderates the group (the MODERATOR role, or its group moderator). */
  public boolean moderates(long groupId, CurrentCaller caller) {
    return caller.has(Role.MODERATOR)
        || active(groupId, caller).map(Membership::isModerator).orElse(false);
  }

  /**
   * Whether the reader is one of the post's insiders: its author, or one who moderates its group
   * ({@code moderator}, as {@link #moderates} decides). Only they see why it was held or moderated
   * and its earlier versions (what an author edited out is gone for everyone else).
   */
  public static boolean insider(Post post, Long readerId, boolean moderator) {
    return moderator || post.isAuthor(readerId);
  }

  /** Whether the caller is one of the post's insiders ({@link #insider(Post, Long, boolean)}). */
  public boolean insider(Post post, CurrentCaller caller) {
    return insider(post, caller.accountId(), moderates(post.getGroup().getId(), caller));
  }

  /** Whether the caller may read the group's feed. */
  public boolean reads(SupportGroup group, CurrentCaller caller) {
    return group.isOpen()
        || moderates(group.getId(), caller)
        || active(group.getId(), caller).isPresent();
  }

  /** The group, if the caller may read it; else not found (404), whether or not it exists. */
  public SupportGroup readable(long groupId, CurrentCaller caller) {
    SupportGroup group =
        repository
            .group(groupId)
            .filter(g -> reads(g, caller))
            .orElseThrow(() -> new NotFoundException("community.groupNotFound"));
    standing.mayRead(groupId, caller.accountId());
    return group;
  }

  /** The post, if the caller may read it (its group readable, the post visible); else 404. */
  public Post readablePost(long postId, CurrentCaller caller, boolean locked) {
    Optional<Post> found = locked ? repository.lockedPost(postId) : repository.post(postId);
    Post post =
        found
            .filter(p -> reads(p.getGroup(), caller))
            .filter(
                p ->
                    p.visibleTo(caller.accountId())
                        || (moderates(p.getGroup().getId(), caller)
                            && p.getStatus() != health.salus.community.entity.PostStatus.DELETED))
            .orElseThrow(() -> new NotFoundException("community.postNotFound"));
    standing.mayRead(post.getGroup().getId(), caller.accountId());
    return post;
  }

  /**
   * The post, for reading its earlier versions: readable ({@link #readablePost}) and the caller one
   * of its insiders ({@link #insider(Post, CurrentCaller)}); anyone else 404, as for a post that
   * does not exist, so the history's existence is not revealed.
   */
  public Post historyReadablePost(long postId, CurrentCaller caller) {
    Post post = readablePost(postId, caller, false);
    if (!insider(post, caller)) {
      throw new NotFoundException("community.postNotFound");
    }
    return post;
  }
}
