package health.salus.identity.control;

import health.salus.identity.entity.AppPassword;
import health.salus.identity.entity.RecoveryCode;
import health.salus.identity.entity.SecurityPolicy;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores recovery codes, app passwords and the sign-in policy. */
@Dependent
public class MfaRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** The account's unused recovery code with this digest. */
  public Optional<RecoveryCode> unusedRecoveryCode(UserAccount account, String digest) {
    return em.createNamedQuery(RecoveryCode.UNUSED_BY_HASH, RecoveryCode.class)
        .setParameter("accountId", account.getId())
        .setParameter("hash", digest)
        .getResultStream()
        .findFirst();
  }

  public long unusedRecoveryCodes(UserAccount account) {
    return em.createNamedQuery(RecoveryCode.COUNT_UNUSED, Long.class)
        .setParameter("accountId", account.getId())
        .getSingleResult();
  }

  /** Replaces the account's recovery codes with these digests (none: just removes them). */
  public void replaceRecoveryCodes(UserAccount account, List<String> digests) {
    em.createNamedQuery(RecoveryCode.DELETE_OF_ACCOUNT)
        .setParameter("accountId", account.getId())
        .executeUpdate();
    digests.forEach(digest -> em.persist(new RecoveryCode(account, digest)));
  }

  public List<AppPassword> appPasswords(UserAccount account) {
    return em.createNamedQuery(AppPassword.OF_ACCOUNT, AppPassword.class)
        .setParameter("accountId", account.getId())
        .getResultList();
  }

  /** The account's app password with this digest. */
  public Optional<AppPassword> appPassword(UserAccount account, String digest) {
    return em.createNamedQuery(AppPassword.BY_HASH, AppPassword.class)
        .setParameter("accountId", account.getId())
        .setParameter("hash", digest)
        .getResultStream()
        .findFirst();
  }

  public Optional<AppPassword> appPasswordById(long id) {
    return Optional.ofNullable(em.find(AppPassword.class, id));
  }

  public void add(Object entity) {
    em.persist(entity);
    em.flush();
  }

  public void remove(AppPassword appPassword) {
    em.remove(appPassword);
  }

  public SecurityPolicy policy() {
    return em.find(SecurityPolicy.class, SecurityPolicy.THE_POLICY);
  }
}
