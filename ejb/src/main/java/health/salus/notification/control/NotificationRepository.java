package health.salus.notification.control;

import static health.salus.shared.control.BoundedReads.bounded;

import health.salus.identity.entity.UserAccount;
import health.salus.notification.entity.Notification;
import health.salus.notification.entity.OutboundMessage;
import health.salus.notification.entity.OutboundStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores in-app notifications and the e-mail outbox. */
@Dependent
public class NotificationRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** An account to notify, by id. */
  public Optional<UserAccount> account(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public void add(Notification notification) {
    em.persist(notification);
  }

  public List<Notification> of(long accountId, int page, int size) {
    return bounded(
            em,
            Notification.class,
            "SELECT n FROM Notification n WHERE n.recipient.id = :account"
                + " ORDER BY n.createdAt DESC, n.id DESC",
            page * size,
            size)
        .setParameter("account", accountId)
        .getResultList();
  }

  public long count(long accountId, boolean unreadOnly) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :account"
                + (unreadOnly ? " AND n.readAt IS NULL" : ""),
            Long.class)
        .setParameter("account", accountId)
        .getSingleResult();
  }

  public Optional<Notification> find(long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  public List<Notification> unread(long accountId) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipient.id = :account AND n.readAt IS NULL",
            Notification.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * Adds the message unless one with the same dedup key exists (a cancelled one is wanted again);
   * so asking twice never sends twice.
   */
  public void enqueue(OutboundMessage message) {
    em.createQuery("SELECT m FROM OutboundMessage m WHERE m.dedupKey = :key", OutboundMessage.class)
        .setParameter("key", message.getDedupKey())
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            existing -> existing.reinstate(message.getDueAt()), () -> em.persist(message));
  }

  public List<OutboundMessage> pendingAbout(String subjectRef) {
    return em.createQuery(
            "SELECT m FROM OutboundMessage m WHERE m.subjectRef = :ref AND m.status = :pending",
            OutboundMessage.class)
        .setParameter("ref", subjectRef)
        .setParameter("pending", OutboundStatus.PENDING)
        .getResultList();
  }

  /**
   * The pending messages due by {@code now} (and since {@code dueSince} unless null), oldest first.
   */
  public List<Long> dueIds(Instant dueSince, Instant now, int limit) {
    return em.createQuery(
            "SELECT m.id FROM OutboundMessage m WHERE m.status = :pending AND m.dueAt <= :now"
                + " AND m.dueAt >= :since ORDER BY m.dueAt, m.id",
            Long.class)
        .setParameter("pending", OutboundStatus.PENDING)
        .setParameter("now", now)
        .setParameter("since", dueSince == null ? Instant.EPOCH : dueSince)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<OutboundMessage> sending() {
    return em.createQuery(
            "SELECT m FROM OutboundMessage m WHERE m.status = :sending", OutboundMessage.class)
        .setParameter("sending", OutboundStatus.SENDING)
        .getResultList();
  }

  public OutboundMessage message(long id) {
    return em.find(OutboundMessage.class, id);
  }

  public void flush() {
    em.flush();
  }
}
