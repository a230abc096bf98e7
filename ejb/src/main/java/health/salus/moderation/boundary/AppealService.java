package health.salus.moderation.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.entity.ModeratedContent;
import health.salus.community.entity.PostStatus;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.moderation.control.SanctionRepository;
import health.salus.moderation.entity.Appeal;
import health.salus.moderation.entity.AppealStatus;
import health.salus.moderation.entity.ModerationAction;
import health.salus.moderation.entity.ModerationActionKind;
import health.salus.moderation.entity.Sanction;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Appeals: a member appeals a moderator's action on them (their post or comment hidden or removed,
 * a warning, silence or suspension), once per action, saying why. Another moderator of the group
 * (the one who acted only when nobody else moderates there) upholds it, which undoes the action
 * (the post or comment published again, the sanction lifted), or rejects it, with a reason; logged
 * as APPEAL_UPHELD or APPEAL_REJECTED and told to the member.
 */
@Stateless
public class AppealService {

  @Inject SanctionRepository repository;
  @Inject ModeratorScope scope;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Event<AppealDecided> decided;
  @Inject Clock clock;

  /**
   * The member an action was done to appeals it with a statement (400 without); an action that is
   * not theirs or cannot be appealed is 404; appealed already 409.
   */
  @PermitAll
  @AnySignedIn
  public AppealView appeal(long actionId, NewAppeal input) {
    CurrentCaller caller = callers.current();
    ModerationAction action =
        repository
            .action(actionId)
            .filter(a -> a.getAction().appealable())
            .filter(a -> a.getMember() != null && a.getMember().getId().equals(caller.accountId()))
            .orElseThrow(() -> new NotFoundException("moderation.actionNotFound"));
    if (repository.appealOf(actionId).isPresent()) {
      throw new ConflictException(null, "moderation.appealedAlready");
    }
    Appeal appeal =
        new Appeal(
            action, callers.account(), input == null ? null : input.statement(), clock.instant());
    try {
      repository.add(appeal);
      repository.flush();
    } catch (PersistenceException raced) {
      throw new ConflictException(null, "moderation.appealedAlready");
    }
    audit.record(
        AuditEvent.of("MODERATION_APPEAL", AuditOutcome.SUCCESS)
            .object("ModerationAction", actionId));
    return AppealView.of(appeal);
  }

  /**
   * The open appeals the caller may decide, oldest first: a MODERATOR sees all, a group's own
   * moderator those about their groups; anyone else 403.
   */
  @PermitAll
  @AnySignedIn
  public List<AppealView> openAppeals() {
    CurrentCaller caller = callers.current();
    List<AppealView> open =
        repository.appeals(AppealStatus.OPEN).stream()
            .filter(p -> scope.moderates(ModeratorScope.groupOf(p.getAction()), caller))
            .map(AppealView::of)
            .toList();
    if (open.isEmpty() && !scope.moderatesAny(caller)) {
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    return open;
  }

  /**
   * A moderator of the action's group decides an open appeal with a reason (400 without): upheld
   * undoes the action, rejected leaves it. Not theirs to decide 403; decided already 409; the
   * moderator who acted, while another moderates there, 422.
   */
  @PermitAll
  @AnySignedIn
  public AppealView decide(long appealId, String outcome, ModerationReason input) {
    CurrentCaller caller = callers.current();
    boolean upheld = upheld(outcome);
    String reason = ModerationService.reason(input);
    Appeal appeal =
        repository
            .lockedAppeal(appealId)
            .orElseThrow(() -> new NotFoundException("moderation.appealNotFound"));
    ModerationAction action = appeal.getAction();
    SupportGroup group = ModeratorScope.groupOf(action);
    if (!scope.moderates(group, caller)) {
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    if (action.getModerator().getId().equals(caller.accountId())
        && scope.moderatorsOf(group).stream().anyMatch(id -> !id.equals(caller.accountId()))) {
      throw new RuleViolationException("moderation.appealOwnAction");
    }
    Instant now = clock.instant();
    appeal.decide(upheld, reason, callers.account(), now);
    if (upheld) {
      undo(action, reason, now);
    }
    ModerationActionKind kind =
        upheld ? ModerationActionKind.APPEAL_UPHELD : ModerationActionKind.APPEAL_REJECTED;
    repository.add(
        new ModerationAction(
            now,
            callers.account(),
            kind,
            action.getPost(),
            action.getComment(),
            appeal.getAppellant(),
            reason));
    repository.flush();
    audit.record(
        AuditEvent.of("MODERATION_" + kind.name(), AuditOutcome.SUCCESS)
            .object("ModerationAction", action.getId()));
    decided.fire(
        new AppealDecided(
            appealId, appeal.getAppellant().getId(), upheld, action.getAction().name(), reason));
    return AppealView.of(appeal);
  }

  /** Undoes what was appealed, where it still stands: publishes the post or comment, lifts. */
  private void undo(ModerationAction action, String reason, Instant now) {
    ModeratedContent content = action.content();
    if (content != null) {
      if (content.getStatus() == PostStatus.HIDDEN || content.getStatus() == PostStatus.REMOVED) {
        content.restore(reason);
      }
    } else if (action.getSanction() != null) {
      Sanction sanction = action.getSanction();
      if (sanction.holdsAt(now)) {
        sanction.lift(callers.account(), now);
      }
    }
  }

  /**
   * What moderators did to the caller that they may appeal, newest first, with their appeal of it
   * and how it stands.
   */
  @PermitAll
  @AnySignedIn
  public List<ActionOnMe> actionsOnMe() {
    CurrentCaller caller = callers.current();
    if (caller.accountId() == null) {
      return List.of();
    }
    List<ModerationActionKind> kinds =
        Arrays.stream(ModerationActionKind.values())
            .filter(ModerationActionKind::appealable)
            .toList();
    return repository.actionsOn(caller.accountId(), kinds).stream()
        .map(a -> ActionOnMe.of(a, repository.appealOf(a.getId()).map(AppealView::of).orElse(null)))
        .toList();
  }

  private static boolean upheld(String outcome) {
    return switch (outcome == null ? "" : outcome) {
      case "uphold" -> true;
      case "reject" -> false;
      default -> throw new NotFoundException("moderation.actionUnknown");
    };
  }
}
