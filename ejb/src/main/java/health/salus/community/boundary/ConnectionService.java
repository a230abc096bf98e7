package health.salus.community.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.community.control.SharingRepository;
import health.salus.community.entity.Connection;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Connections between portal users (patients and carers), friends and family who may see each
 * other's status updates: one asks by username, the other accepts or declines, either removes it;
 * the other side is told each time. One connection per pair: two people asking each other at once
 * end connected once (the pair is locked while asking, and its key is unique). Removing a
 * connection takes both out of each other's chosen audiences at once.
 */
@Stateless
@RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
public class ConnectionService {

  @Inject SharingRepository repository;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Event<ConnectionChanged> changes;
  @Inject Clock clock;

  /** The caller's connections, accepted and pending, oldest first. Audited as a read. */
  public List<ConnectionView> connections() {
    long me = callers.account().getId();
    List<ConnectionView> found =
        repository.connectionsOf(me).stream().map(c -> ConnectionView.of(c, me)).toList();
    audit.record(
        AuditEvent.of("CONNECTIONS_READ", AuditOutcome.SUCCESS).detail(found.size() + " shown"));
    return found;
  }

  /**
   * The caller asks the portal user of this username to connect: a pending request (the other is
   * told), or, when that person already asked the caller, their request accepted. No username is
   * 400; an unknown one, or one of staff, or the caller's own, 422; already connected or asked,
   * 409.
   */
  public ConnectionView request(ConnectionRequest input) {
    String username = input == null ? null : input.username();
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username", "sharing.usernameRequired");
    }
    UserAccount me = callers.account();
    UserAccount other =
        repository
            .account(username.strip())
            .filter(a -> a.hasRole(Role.PATIENT) || a.hasRole(Role.CARER))
            .orElseThrow(() -> RuleViolationException.about("username", "sharing.unknownPerson"));
    if (other.getId().equals(me.getId())) {
      throw RuleViolationException.about("username", "sharing.connectSelf");
    }
    repository.lockPair(me.getId(), other.getId());
    Instant now = clock.instant();
    var existing = repository.connectionOf(me.getId(), other.getId());
    if (existing.isPresent()) {
      Connection connection = existing.get();
      if (connection.isAccepted()) {
        throw new ConflictException("username", "sharing.alreadyConnected");
      }
      if (connection.getRequester().getId().equals(me.getId())) {
        throw new ConflictException("username", "sharing.requestPending");
      }
      return accepted(connection, me, now);
    }
    Connection connection = new Connection(me, other, now);
    try {
      repository.add(connection);
      repository.flush();
    } catch (PersistenceException raced) {
      throw new ConflictException("username", "sharing.requestPending");
    }
    audit.record(
        AuditEvent.of("CONNECTION_REQUEST", AuditOutcome.SUCCESS)
            .object("Connection", connection.getId()));
    changes.fire(
        new ConnectionChanged(
            connection.getId(), "REQUESTED", other.getId(), me.getFullName(), now));
    return ConnectionView.of(connection, me.getId());
  }

  /** The person asked accepts a pending request (the one who asked is told); else 404 or 422. */
  public ConnectionView accept(long connectionId) {
    UserAccount me = callers.account();
    Connection connection = mine(connectionId, me.getId());
    return accepted(connection, me, clock.instant());
  }

  private ConnectionView accepted(Connection connection, UserAccount me, Instant now) {
    connection.accept(me.getId(), now);
    audit.record(
        AuditEvent.of("CONNECTION_ACCEPT", AuditOutcome.SUCCESS)
            .object("Connection", connection.getId()));
    changes.fire(
        new ConnectionChanged(
            connection.getId(),
            "ACCEPTED",
            connection.getRequester().getId(),
            me.getFullName(),
            now));
    return ConnectionView.of(connection, me.getId());
  }

  /** The person asked declines a pending request (the one who asked is told); else 404 or 422. */
  public void decline(long connectionId) {
    UserAccount me = callers.account();
    Connection connection = mine(connectionId, me.getId());
    if (connection.isAccepted()) {
      throw new ConflictException(null, "sharing.alreadyConnected");
    }
    if (!connection.getAddressee().getId().equals(me.getId())) {
      throw new RuleViolationException("sharing.notAskedOfYou");
    }
    end(connection, me, "DECLINED", "CONNECTION_DECLINE");
  }

  /**
   * Either of the two removes the connection (or withdraws their own request); the other is told,
   * and neither sees the other's updates any more, chosen or not. Not theirs: 404.
   */
  public void remove(long connectionId) {
    UserAccount me = callers.account();
    end(mine(connectionId, me.getId()), me, "REMOVED", "CONNECTION_REMOVE");
  }

  private void end(Connection connection, UserAccount me, String change, String action) {
    UserAccount other = connection.other(me.getId());
    repository.forgetChosen(me.getId(), other.getId());
    repository.remove(connection);
    audit.record(
        AuditEvent.of(action, AuditOutcome.SUCCESS).object("Connection", connection.getId()));
    changes.fire(
        new ConnectionChanged(
            connection.getId(), change, other.getId(), me.getFullName(), clock.instant()));
  }

  private Connection mine(long connectionId, long me) {
    return repository
        .lockedConnection(connectionId)
        .filter(c -> c.involves(me))
        .orElseThrow(() -> new NotFoundException("sharing.connectionNotFound"));
  }
}
