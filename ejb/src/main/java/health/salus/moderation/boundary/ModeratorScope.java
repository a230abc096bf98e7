package health.salus.moderation.boundary;

import health.salus.community.boundary.Memberships;
import health.salus.community.control.CommunityRepository;
import health.salus.community.entity.Membership;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.moderation.control.ModerationRepository;
import health.salus.moderation.entity.ModerationAction;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who moderates what a sanction or action is about: a group's moderators (a MODERATOR, or its own
 * moderator) moderate what happened in it; only a MODERATOR what holds in every group.
 */
@Dependent
class ModeratorScope {

  @Inject Memberships memberships;
  @Inject ModerationRepository repository;
  @Inject CommunityRepository community;

  boolean moderates(SupportGroup group, CurrentCaller caller) {
    return group == null
        ? caller.has(Role.MODERATOR)
        : memberships.moderates(group.getId(), caller);
  }

  /** Whether the caller is a MODERATOR or moderates some group. */
  boolean moderatesAny(CurrentCaller caller) {
    return caller.has(Role.MODERATOR)
        || (caller.accountId() != null
            && community.membershipsOf(caller.accountId()).stream()
                .anyMatch(m -> m.isActive() && m.isModerator()));
  }

  /**
   * The groups whose members the caller may act on: every group for a MODERATOR, else those the
   * caller actively moderates (none: they moderate nothing).
   */
  List<SupportGroup> groups(CurrentCaller caller) {
    if (caller.has(Role.MODERATOR)) {
      return community.groups();
    }
    return caller.accountId() == null
        ? List.of()
        : community.membershipsOf(caller.accountId()).stream()
            .filter(m -> m.isActive() && m.isModerator())
            .map(Membership::getGroup)
            .sorted(Comparator.comparing(SupportGroup::getName))
            .toList();
  }

  /**
   * Whether the caller may act on this member in this group (null: every group): a MODERATOR on
   * anyone; a group's own moderator only on a member (or one asking to join) of that group, and,
   * without a group, on a member of any group they moderate.
   */
  boolean reaches(UserAccount member, SupportGroup group, CurrentCaller caller) {
    if (caller.has(Role.MODERATOR)) {
      return true;
    }
    return groups(caller).stream()
        .filter(g -> group == null || g.getId().equals(group.getId()))
        .anyMatch(g -> community.membership(g.getId(), member.getId()).isPresent());
  }

  /**
   * The account found, if the caller may act on it in the group (null: every group), as {@link
   * #reaches} decides. A group's own moderator is refused alike (403) for an account outside their
   * groups and for none, so they learn nothing of other accounts; a MODERATOR asking for an unknown
   * one gets 404.
   */
  UserAccount reachable(Optional<UserAccount> found, SupportGroup group, CurrentCaller caller) {
    if (found.isEmpty() && caller.has(Role.MODERATOR)) {
      throw new NotFoundException("moderation.memberNotFound");
    }
    return found
        .filter(member -> reaches(member, group, caller))
        .orElseThrow(() -> new AccessDeniedException("moderation.notInYourGroups"));
  }

  /** The group an action happened in: its post's, or its sanction's (null: every group). */
  static SupportGroup groupOf(ModerationAction action) {
    if (action.getPost() != null) {
      return action.getPost().getGroup();
    }
    return action.getSanction() == null ? null : action.getSanction().getGroup();
  }

  /** No group has this id: asked for it, the repository names only the MODERATOR accounts. */
  private static final long NO_GROUP = -1L;

  /** The accounts that moderate in this group (null: every group, the MODERATOR accounts). */
  List<Long> moderatorsOf(SupportGroup group) {
    return repository.moderatorsOf(group == null ? NO_GROUP : group.getId());
  }
}
