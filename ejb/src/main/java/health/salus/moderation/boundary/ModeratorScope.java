package health.salus.moderation.boundary;

import health.salus.community.boundary.Memberships;
import health.salus.community.control.CommunityRepository;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.moderation.control.ModerationRepository;
import health.salus.moderation.entity.ModerationAction;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

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
