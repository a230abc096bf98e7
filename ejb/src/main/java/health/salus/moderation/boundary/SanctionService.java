package health.salus.moderation.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.control.CommunityRepository;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.moderation.control.SanctionRepository;
import health.salus.moderation.entity.ModerationAction;
import health.salus.moderation.entity.ModerationActionKind;
import health.salus.moderation.entity.Sanction;
import health.salus.moderation.entity.SanctionKind;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sanctions on members: a moderator warns a member, or silences (may read, not write) or suspends
 * (may neither) them until a time, with a reason; in one group or, for a MODERATOR, in all. A
 * group's own moderator sanctions in their group only. Each is logged, audited and told to the
 * member; it ends by itself at its time ({@link Standing} asks at the moment of use), or when a
 * moderator lifts it early.
 */
@Stateless
public class SanctionService {

  @Inject SanctionRepository repository;
  @Inject CommunityRepository community;
  @Inject ModeratorScope scope;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Event<MemberSanctioned> sanctioned;
  @Inject Clock clock;

  /**
   * Warns, silences or suspends the member ({@code kind} warn, silence, suspend; else 404) with a
   * reason (400 without); a silence or suspension needs {@code until} in the future (400 missing or
   * unreadable, 422 past). An unknown group is 404; a caller who does not moderate the group (or,
   * without a group, is no MODERATOR) 403; a group's own moderator naming anyone but a member of
   * the group 403 (an unknown account alike; for a MODERATOR 404); the caller themselves or a
   * moderator 422.
   */
  @PermitAll
  @AnySignedIn
  public SanctionView impose(String username, String kind, NewSanction input) {
    CurrentCaller caller = callers.current();
    SanctionKind sanctionKind = kind(kind);
    NewSanction given = input == null ? new NewSanction(null, null, null) : input;
    SupportGroup group =
        given.groupId() == null
            ? null
            : community
                .group(given.groupId())
                .orElseThrow(() -> new NotFoundException("community.groupNotFound"));
    if (!scope.moderates(group, caller)) {
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    UserAccount member = scope.reachable(repository.account(username), group, caller);
    if (member.getId().equals(caller.accountId())
        || member.hasRole(Role.MODERATOR)
        || member.hasRole(Role.ADMIN)
        || scope.moderatorsOf(group).contains(member.getId())) {
      throw new RuleViolationException("moderation.cannotSanction");
    }
    Instant now = clock.instant();
    Sanction sanction =
        new Sanction(
            member,
            group,
            sanctionKind,
            given.reason(),
            until(given.until()),
            callers.account(),
            now);
    repository.add(sanction);
    ModerationAction logged = ModerationAction.of(sanction);
    repository.add(logged);
    repository.flush();
    audit.record(
        AuditEvent.of("MODERATION_" + sanctionKind.name(), AuditOutcome.SUCCESS)
            .object("UserAccount", member.getId())
            .detail(group == null ? "ALL" : "SupportGroup " + group.getId()));
    sanctioned.fire(
        new MemberSanctioned(
            logged.getId(),
            member.getId(),
            sanctionKind.name(),
            sanction.getReason(),
            sanction.getUntil(),
            group == null ? null : group.getName()));
    return SanctionView.of(sanction, logged.getId(), now);
  }

  /**
   * A moderator of its group ends a silence or suspension early, with a reason (400 without); one
   * that no longer holds is 422. Logged as LIFT and told to the member.
   */
  @PermitAll
  @AnySignedIn
  public SanctionView lift(long sanctionId, ModerationReason input) {
    CurrentCaller caller = callers.current();
    String reason = ModerationService.reason(input);
    Sanction sanction =
        repository
            .lockedSanction(sanctionId)
            .orElseThrow(() -> new NotFoundException("moderation.sanctionNotFound"));
    if (!scope.moderates(sanction.getGroup(), caller)) {
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    Instant now = clock.instant();
    sanction.lift(callers.account(), now);
    ModerationAction logged =
        new ModerationAction(
            now,
            callers.account(),
            ModerationActionKind.LIFT,
            null,
            null,
            sanction.getMember(),
            reason);
    repository.add(logged);
    repository.flush();
    audit.record(
        AuditEvent.of("MODERATION_LIFT", AuditOutcome.SUCCESS)
            .object("UserAccount", sanction.getMember().getId()));
    sanctioned.fire(
        new MemberSanctioned(
            logged.getId(),
            sanction.getMember().getId(),
            ModerationActionKind.LIFT.name(),
            reason,
            null,
            sanction.getGroup() == null ? null : sanction.getGroup().getName()));
    return view(sanction, now);
  }

  /**
   * A member's sanctions, newest first, for a moderator: a MODERATOR sees all (an unknown member
   * 404); a group's own moderator those in their groups, of a member of one of them (anyone else,
   * known or not, 403); anyone else 403.
   */
  @PermitAll
  @AnySignedIn
  public List<SanctionView> sanctionsOf(String username) {
    CurrentCaller caller = callers.current();
    if (!scope.moderatesAny(caller)) {
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    UserAccount member = scope.reachable(repository.account(username), null, caller);
    Instant now = clock.instant();
    return repository.sanctionsOf(member.getId()).stream()
        .filter(s -> scope.moderates(s.getGroup(), caller))
        .map(s -> view(s, now))
        .toList();
  }

  /**
   * Where the caller may sanction: every group at once for a MODERATOR (and each group by name),
   * else the groups they moderate; the kinds they may give. One who moderates nothing 403.
   */
  @PermitAll
  @AnySignedIn
  public SanctionReach reach() {
    CurrentCaller caller = callers.current();
    List<SupportGroup> groups = scope.groups(caller);
    boolean everyGroup = scope.moderates(null, caller);
    if (groups.isEmpty() && !everyGroup) {
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    return new SanctionReach(
        everyGroup,
        groups.stream().map(g -> new SanctionReach.Group(g.getId(), g.getName())).toList(),
        Arrays.stream(SanctionKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
  }

  private SanctionView view(Sanction sanction, Instant now) {
    long actionId = repository.actionOf(sanction).map(ModerationAction::getId).orElse(0L);
    return SanctionView.of(sanction, actionId, now);
  }

  private static SanctionKind kind(String name) {
    String given = name == null ? "" : name.strip();
    return Arrays.stream(SanctionKind.values())
        .filter(k -> k.name().equalsIgnoreCase(given))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("moderation.actionUnknown"));
  }

  private static Instant until(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException unreadable) {
      throw new InvalidInputException("until", "moderation.dateInvalid");
    }
  }
}
