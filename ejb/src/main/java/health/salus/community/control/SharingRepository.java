package health.salus.community.control;

import health.salus.community.entity.Audience;
import health.salus.community.entity.ChosenReader;
import health.salus.community.entity.Connection;
import health.salus.community.entity.ConnectionStatus;
import health.salus.community.entity.MembershipStatus;
import health.salus.community.entity.PostStatus;
import health.salus.community.entity.StatusUpdate;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Connections and status updates as stored, and the one query of who may read an update ({@link
 * #READABLE}): every list and every look-up by id goes through it.
 */
@Dependent
public class SharingRepository {

  /**
   * The updates reader {@code :reader} may see: their own; published CONNECTIONS and CHOSEN ones of
   * an author they are connected with (CHOSEN: and chose them); published GROUP ones of a group
   * they are an active member of. Held, hidden or removed updates only their author sees.
   */
  static final String READABLE =
      "(u.author.id = :reader"
          + " OR (u.status = :published AND u.audience IN (:connections, :chosen) AND EXISTS (SELECT c.id FROM Connection c"
          + "   WHERE c.status = :accepted AND ((c.requester.id = :reader AND c.addressee = u.author)"
          + "   OR (c.addressee.id = :reader AND c.requester = u.author)))"
          + "   AND (u.audience = :connections OR EXISTS (SELECT r.id FROM ChosenReader r"
          + "     WHERE r.update = u AND r.reader.id = :reader)))"
          + " OR (u.audience = :group AND EXISTS (SELECT m.id FROM Membership m"
          + "   WHERE m.group = u.group AND m.account.id = :reader AND m.status = :active)))";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }

  /** The account of this username (normalised), if any. */
  public Optional<UserAccount> account(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /**
   * Locks the lower-id account of the pair until the transaction ends: two requests between the
   * same two people (each asking the other at once) go one after the other, so the second finds the
   * first and accepts it instead of making a second connection.
   */
  public void lockPair(long one, long other) {
    em.find(UserAccount.class, Math.min(one, other), LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * The pair's connection, read with a lock: a locking read sees what a request that held the pair
   * before committed, whatever the isolation level.
   */
  public Optional<Connection> connectionOf(long one, long other) {
    return em.createQuery("SELECT c FROM Connection c WHERE c.pairKey = :key", Connection.class)
        .setParameter("key", Connection.pairKey(one, other))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<Connection> lockedConnection(long id) {
    return Optional.ofNullable(em.find(Connection.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The account's connections, accepted and pending, oldest first. */
  public List<Connection> connectionsOf(long accountId) {
    return em.createQuery(
            "SELECT c FROM Connection c WHERE c.requester.id = :id OR c.addressee.id = :id"
                + " ORDER BY c.id",
            Connection.class)
        .setParameter("id", accountId)
        .setMaxResults(1000)
        .getResultList();
  }

  /** Of these usernames, the accounts the account is connected with (accepted), by username. */
  public Map<String, UserAccount> connectedAmong(long accountId, Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT c FROM Connection c WHERE c.status = :accepted AND"
                + " ((c.requester.id = :id AND c.addressee.username IN :names)"
                + " OR (c.addressee.id = :id AND c.requester.username IN :names))",
            Connection.class)
        .setParameter("accepted", ConnectionStatus.ACCEPTED)
        .setParameter("id", accountId)
        .setParameter("names", usernames.stream().map(UserAccount::normalise).toList())
        .getResultStream()
        .map(c -> c.other(accountId))
        .collect(Collectors.toMap(UserAccount::getUsername, a -> a, (a, b) -> a));
  }

  /** Forgets the two accounts in each other's chosen lists: removing a connection ends access. */
  public void forgetChosen(long one, long other) {
    em.createQuery(
            "DELETE FROM ChosenReader r WHERE (r.reader.id = :one AND r.update.id IN"
                + " (SELECT u.id FROM StatusUpdate u WHERE u.author.id = :other))"
                + " OR (r.reader.id = :other AND r.update.id IN"
                + " (SELECT u.id FROM StatusUpdate u WHERE u.author.id = :one))")
        .setParameter("one", one)
        .setParameter("other", other)
        .executeUpdate();
  }

  public Optional<StatusUpdate> update(long id) {
    return Optional.ofNullable(em.find(StatusUpdate.class, id));
  }

  /** The update if this reader may see it (see {@link #READABLE}). */
  public Optional<StatusUpdate> readableUpdate(long id, long readerId) {
    return readable("SELECT u FROM StatusUpdate u WHERE u.id = :id AND " + READABLE, readerId)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** A page of the updates this reader may see, newest first, older than {@code before}. */
  public List<StatusUpdate> feed(long readerId, Long before, int limit) {
    return readable(
            "SELECT u FROM StatusUpdate u WHERE u.id < :before AND "
                + READABLE
                + " ORDER BY u.id DESC",
            readerId)
        .setParameter("before", before == null ? Long.MAX_VALUE : before)
        .setMaxResults(limit)
        .getResultList();
  }

  /** A page of the author's own updates, newest first, older than {@code before}. */
  public List<StatusUpdate> byAuthor(long authorId, Long before, int limit) {
    return em.createQuery(
            "SELECT u FROM StatusUpdate u WHERE u.author.id = :author AND u.id < :before"
                + " ORDER BY u.id DESC",
            StatusUpdate.class)
        .setParameter("author", authorId)
        .setParameter("before", before == null ? Long.MAX_VALUE : before)
        .setMaxResults(limit)
        .getResultList();
  }

  private jakarta.persistence.TypedQuery<StatusUpdate> readable(String jpql, long readerId) {
    return em.createQuery(jpql, StatusUpdate.class)
        .setParameter("reader", readerId)
        .setParameter("connections", Audience.CONNECTIONS)
        .setParameter("chosen", Audience.CHOSEN)
        .setParameter("group", Audience.GROUP)
        .setParameter("accepted", ConnectionStatus.ACCEPTED)
        .setParameter("active", MembershipStatus.ACTIVE)
        .setParameter("published", PostStatus.PUBLISHED);
  }

  public List<ChosenReader> chosenReaders(long updateId) {
    return em.createQuery(
            "SELECT r FROM ChosenReader r WHERE r.update.id = :id ORDER BY r.id",
            ChosenReader.class)
        .setParameter("id", updateId)
        .getResultList();
  }

  public void forgetChosenOf(long updateId) {
    em.createQuery("DELETE FROM ChosenReader r WHERE r.update.id = :id")
        .setParameter("id", updateId)
        .executeUpdate();
  }

  /** The patient ids of these accounts, where they are patients, by account id. */
  public Map<Long, Long> patientIdsOf(Collection<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT p FROM Patient p WHERE p.account.id IN :ids", Patient.class)
        .setParameter("ids", accountIds)
        .getResultStream()
        .collect(Collectors.toMap(p -> p.getAccount().getId(), Patient::getId, (a, b) -> a));
  }
}
