package health.salus.community.boundary;

import health.salus.community.entity.Membership;
import java.time.Instant;

/** A request to join a private group: who asked, when, and where it stands. */
public record JoinRequest(
    long accountId, String username, String fullName, Instant requestedAt, String status) {

  static JoinRequest of(Membership membership) {
    return new JoinRequest(
        membership.getAccount().getId(),
        membership.getAccount().getUsername(),
        membership.getAccount().getFullName(),
        membership.getJoinedAt(),
        membership.getStatus().name());
  }
}
