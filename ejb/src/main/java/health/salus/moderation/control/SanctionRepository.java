package health.salus.moderation.control;

import health.salus.identity.entity.UserAccount;
import health.salus.moderation.entity.Appeal;
import health.salus.moderation.entity.AppealStatus;
import health.salus.moderation.entity.ModerationAction;
import health.salus.moderation.entity.Sanction;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Sanctions on members and appeals of moderators' actions, as stored. */
@Dependent
public class SanctionRepository {

  /** How many appeals the queue shows at most (older ones follow as these are decided). */
  public static final int APPEALS_LIMIT = 200;

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<UserAccount> account(String username) {
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
        .setParameter("username", username == null ? "" : UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /** The member's sanctions that may still hold at {@code at} (not lifted, not ended). */
  public List<Sanction> inForce(long memberId, Instant at) {
    return em.createQuery(
            "SELECT s FROM Sanction s WHERE s.member.id = :memberId AND s.liftedAt IS NULL"
                + " AND s.until > :at ORDER BY s.until DESC",
            Sanction.class)
        .setParameter("memberId", memberId)
        .setParameter("at", at)
        .getResultList();
  }

  /** Every sanction on the member, newest first. */
  public List<Sanction> sanctionsOf(long memberId) {
    return em.createQuery(
            "SELECT s FROM Sanction s WHERE s.member.id = :memberId ORDER BY s.id DESC",
            Sanction.class)
        .setParameter("memberId", memberId)
        .getResultList();
  }

  public Optional<Sanction> lockedSanction(long id) {
    return Optional.ofNullable(em.find(Sanction.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<ModerationAction> action(long id) {
    return Optional.ofNullable(em.find(ModerationAction.class, id));
  }

  /** The log line that imposed the sanction. */
  public Optional<ModerationAction> actionOf(Sanction sanction) {
    return em.createQuery(
            "SELECT a FROM ModerationAction a WHERE a.sanction = :sanction ORDER BY a.id",
            ModerationAction.class)
        .setParameter("sanction", sanction)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The moderators' actions on this member they may appeal, newest first. */
  public List<ModerationAction> actionsOn(long memberId, Collection<?> kinds) {
    return em.createQuery(
            "SELECT a FROM ModerationAction a WHERE a.member.id = :memberId"
                + " AND a.action IN :kinds ORDER BY a.id DESC",
            ModerationAction.class)
        .setParameter("memberId", memberId)
        .setParameter("kinds", kinds)
        .setMaxResults(APPEALS_LIMIT)
        .getResultList();
  }

  public Optional<Appeal> appealOf(long actionId) {
    return em.createQuery("SELECT p FROM Appeal p WHERE p.action.id = :actionId", Appeal.class)
        .setParameter("actionId", actionId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Appeal> lockedAppeal(long id) {
    return Optional.ofNullable(em.find(Appeal.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Appeals in this status, oldest first. */
  public List<Appeal> appeals(AppealStatus status) {
    return em.createQuery(
            "SELECT p FROM Appeal p WHERE p.status = :status ORDER BY p.id", Appeal.class)
        .setParameter("status", status)
        .setMaxResults(APPEALS_LIMIT)
        .getResultList();
  }
}
