package health.salus.identity.control;

import health.salus.identity.entity.CarerRelationship;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.control.LikePattern;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and stores accounts, patients and carer relations. */
@Dependent
public class AccountRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public Optional<UserAccount> byUsername(String username) {
    if (username == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  /** The accounts of these usernames (normalised), with their roles; unknown names are left out. */
  public List<UserAccount> byUsernames(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT a FROM UserAccount a LEFT JOIN FETCH a.roles"
                + " WHERE a.username IN :usernames",
            UserAccount.class)
        .setParameter("usernames", usernames.stream().map(UserAccount::normalise).toList())
        .getResultList();
  }

  public Optional<UserAccount> byId(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public Optional<Patient> patientOf(UserAccount account) {
    return em.createNamedQuery(Patient.BY_ACCOUNT, Patient.class)
        .setParameter("accountId", account.getId())
        .getResultStream()
        .findFirst();
  }

  public Optional<Patient> patientById(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  public List<CarerRelationship> caredForBy(UserAccount carer) {
    return em.createNamedQuery(CarerRelationship.BY_CARER, CarerRelationship.class)
        .setParameter("accountId", carer.getId())
        .getResultList();
  }

  public long countAccounts() {
    return em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
  }

  public long countWithRole(Role role) {
    return em.createQuery(
            "SELECT COUNT(a) FROM UserAccount a WHERE :role MEMBER OF a.roles", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  /** Accounts whose username, name or e-mail contains the text, by name. */
  public List<UserAccount> search(String text, int page, int size) {
    return searchQuery("SELECT a", text, UserAccount.class)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(String text) {
    return searchQuery("SELECT COUNT(a)", text, Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> searchQuery(String select, String text, Class<T> type) {
    boolean filtered = text != null && !text.isBlank();
    boolean counting = type == Long.class;
    String jpql =
        select
            + " FROM UserAccount a"
            + (filtered
                ? " WHERE LOWER(a.username) LIKE :text"
                    + LikePattern.ESCAPE
                    + " OR LOWER(a.fullName) LIKE :text"
                    + LikePattern.ESCAPE
                    + " OR LOWER(a.email) LIKE :text"
                    + LikePattern.ESCAPE
                : "")
            + (counting ? "" : " ORDER BY a.fullName, a.id");
    TypedQuery<T> query = em.createQuery(jpql, type);
    if (filtered) {
      query.setParameter("text", LikePattern.containing(text));
    }
    return query;
  }

  /** Reloads the account and locks its row until the end of the transaction. */
  public void lockForUpdate(UserAccount account) {
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
