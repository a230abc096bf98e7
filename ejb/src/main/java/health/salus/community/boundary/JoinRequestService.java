package health.salus.community.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.control.CommunityRepository;
import health.salus.community.entity.Membership;
import health.salus.community.entity.SupportGroup;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.identity.boundary.CurrentCaller;
import health.salus.shared.boundary.AccessDeniedException;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Requests to join a private group, answered by those who moderate it (the MODERATOR role, or the
 * group's own moderators): the list of who waits, oldest first; admit or decline one. Someone who
 * may read the group but does not moderate it is refused (403); one who may not read it gets 404.
 * Admitting a request that is no longer waiting is a conflict (409), so two moderators answering at
 * once never both win. The member is told the answer; every answer is audited.
 */
@Stateless
public class JoinRequestService {

  @Inject CommunityRepository repository;
  @Inject Memberships memberships;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Event<JoinAnswered> answered;

  /** The group's requests waiting for an answer, oldest first. */
  @PermitAll
  @AnySignedIn
  public List<JoinRequest> waiting(long groupId) {
    moderated(groupId, callers.current());
    return repository.pending(groupId).stream().map(JoinRequest::of).toList();
  }

  /** Admits the account's waiting request: it becomes an active member. */
  @PermitAll
  @AnySignedIn
  public JoinRequest admit(long groupId, long accountId) {
    SupportGroup group = moderated(groupId, callers.current());
    Membership membership = waitingRequest(groupId, accountId);
    membership.approve();
    repository.flush();
    answer(group, membership, true);
    return JoinRequest.of(membership);
  }

  /** Declines the account's waiting request: it is removed, and they may ask again later. */
  @PermitAll
  @AnySignedIn
  public void decline(long groupId, long accountId) {
    SupportGroup group = moderated(groupId, callers.current());
    Membership request = waitingRequest(groupId, accountId);
    repository.remove(request);
    repository.flush();
    answer(group, request, false);
  }

  private SupportGroup moderated(long groupId, CurrentCaller caller) {
    SupportGroup group = memberships.readable(groupId, caller);
    if (!memberships.moderates(groupId, caller)) {
      throw new AccessDeniedException("moderation.moderatorsOnly");
    }
    return group;
  }

  private Membership waitingRequest(long groupId, long accountId) {
    Membership membership =
        repository
            .lockedMembership(groupId, accountId)
            .orElseThrow(() -> new NotFoundException("community.requestNotFound"));
    if (membership.isActive()) {
      throw new ConflictException(null, "community.memberAlreadyActive");
    }
    return membership;
  }

  private void answer(SupportGroup group, Membership request, boolean approved) {
    long accountId = request.getAccount().getId();
    audit.record(
        AuditEvent.of(
                approved ? "COMMUNITY_JOIN_APPROVE" : "COMMUNITY_JOIN_DECLINE",
                AuditOutcome.SUCCESS)
            .object("SupportGroup", group.getId())
            .detail("account " + accountId));
    answered.fire(
        new JoinAnswered(
            accountId, group.getId(), group.getName(), approved, request.getJoinedAt()));
  }
}
