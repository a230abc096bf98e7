package health.salus.community.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.control.CommunityRepository;
import health.salus.community.entity.GroupVisibility;
import health.salus.community.entity.Membership;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Staff set up the provider's condition-based support groups: create one (name, topic, description,
 * rules, open or private), change it from the version they saw (a stale version is 409, so two
 * edits at once never lose one), and name its own moderators: staff at once, or a member trusted in
 * the group; withdraw them. The names are unique without case (409). Every change is audited
 * ({@code COMMUNITY_GROUP_...}).
 */
@Stateless
public class GroupSetupService {

  /** The roles that are staff of the provider rather than patients and their families. */
  private static final Set<Role> STAFF_ROLES =
      EnumSet.complementOf(EnumSet.of(Role.PATIENT, Role.CARER));

  @Inject CommunityRepository repository;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A group's set-up (details, version, moderators); 404 when there is none. */
  @RolesAllowed({Role.Names.STAFF, Role.Names.MODERATOR, Role.Names.ADMIN})
  public GroupSetup setup(long groupId) {
    return view(group(groupId, false));
  }

  /**
   * A new support group; a bad or missing detail 400 on its field, a name taken (by another group,
   * without case) 409.
   */
  @RolesAllowed({Role.Names.STAFF, Role.Names.MODERATOR, Role.Names.ADMIN})
  public GroupSetup create(GroupInput input) {
    GroupInput given = given(input);
    SupportGroup group =
        new SupportGroup(
            given.name(),
            given.topic(),
            given.description(),
            given.rules(),
            visibility(given.visibility()),
            clock.instant());
    nameFree(group.getName(), null);
    repository.add(group);
    flushNamed();
    audited("COMMUNITY_GROUP_CREATE", group, group.getVisibility().name());
    return view(group);
  }

  /**
   * Changes a group's details from the version the caller saw: none 400, stale 409 (someone changed
   * it meanwhile: nothing is lost, they look again); bad details 400, a name taken 409.
   */
  @RolesAllowed({Role.Names.STAFF, Role.Names.MODERATOR, Role.Names.ADMIN})
  public GroupSetup revise(long groupId, GroupInput input) {
    GroupInput given = given(input);
    SupportGroup group = group(groupId, true);
    if (given.version() == null) {
      throw new InvalidInputException("version", "community.group.versionRequired");
    }
    if (given.version() != group.getVersion()) {
      throw new ConflictException("version", "community.group.stale");
    }
    group.revise(
        given.name(),
        given.topic(),
        given.description(),
        given.rules(),
        visibility(given.visibility()));
    nameFree(group.getName(), groupId);
    flushNamed();
    audited("COMMUNITY_GROUP_REVISE", group, group.getVisibility().name());
    return view(group);
  }

  /**
   * Names an account a moderator of the group: staff become active moderators at once (members, if
   * they were not); a patient or carer only when an active member trusted in the group (else 422).
   * An unknown or disabled account 404. Naming a moderator again changes nothing.
   */
  @RolesAllowed({Role.Names.STAFF, Role.Names.MODERATOR, Role.Names.ADMIN})
  public GroupSetup nameModerator(long groupId, String username) {
    SupportGroup group = group(groupId, true);
    UserAccount account = account(username);
    Optional<Membership> existing = repository.lockedMembership(groupId, account.getId());
    if (existing.isPresent()) {
      existing.get().nameModerator(isStaff(account));
    } else if (isStaff(account)) {
      repository.add(Membership.established(group, account, true, 0, clock.instant()));
    } else {
      throw new RuleViolationException("community.moderatorNotTrusted");
    }
    try {
      repository.flush();
    } catch (PersistenceException raced) {
      throw new ConflictException(null, "community.joinRaced");
    }
    audited("COMMUNITY_GROUP_MODERATOR_NAME", group, account.getUsername());
    return view(group);
  }

  /**
   * The account no longer moderates the group (it stays a member); one who does not moderate it is
   * 422, an unknown account 404.
   */
  @RolesAllowed({Role.Names.STAFF, Role.Names.MODERATOR, Role.Names.ADMIN})
  public GroupSetup withdrawModerator(long groupId, String username) {
    SupportGroup group = group(groupId, true);
    UserAccount account = account(username);
    Membership membership =
        repository
            .lockedMembership(groupId, account.getId())
            .filter(Membership::isModerator)
            .orElseThrow(() -> new RuleViolationException("community.notGroupModerator"));
    membership.standDown();
    repository.flush();
    audited("COMMUNITY_GROUP_MODERATOR_WITHDRAW", group, account.getUsername());
    return view(group);
  }

  static boolean isStaff(UserAccount account) {
    return account.getRoles().stream().anyMatch(STAFF_ROLES::contains);
  }

  private SupportGroup group(long groupId, boolean locked) {
    Optional<SupportGroup> found =
        locked ? repository.lockedGroup(groupId) : repository.group(groupId);
    return found.orElseThrow(() -> new NotFoundException("community.groupNotFound"));
  }

  private UserAccount account(String username) {
    return repository
        .account(username == null ? "" : username)
        .orElseThrow(() -> new NotFoundException("community.accountNotFound"));
  }

  private static GroupInput given(GroupInput input) {
    return input == null ? new GroupInput(null, null, null, null, null, null) : input;
  }

  private static GroupVisibility visibility(String name) {
    try {
      return GroupVisibility.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException unknown) {
      throw new InvalidInputException("visibility", "community.visibilityUnknown");
    }
  }

  private void nameFree(String name, Long exceptId) {
    if (repository.groupNameTaken(name, exceptId)) {
      throw new ConflictException("name", "community.group.nameTaken");
    }
  }

  /** Writes now; another group that took the name in the meantime is 409, as a name taken. */
  private void flushNamed() {
    try {
      repository.flush();
    } catch (PersistenceException raced) {
      throw new ConflictException("name", "community.group.nameTaken");
    }
  }

  private GroupSetup view(SupportGroup group) {
    return GroupSetup.of(group, repository.groupModerators(group.getId()));
  }

  private void audited(String action, SupportGroup group, String detail) {
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .object("SupportGroup", group.getId())
            .detail(detail));
  }
}
