package health.salus.consent.control;

import health.salus.consent.entity.ConsentCategory;
import health.salus.consent.entity.ConsentGrant;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Finds and stores consent grants, and the accounts grants are given to. */
@Dependent
public class ConsentRepository {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  /** The account with this username (compared as identity stores it), enabled or not. */
  public Optional<UserAccount> account(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<ConsentGrant> grant(long id) {
    return Optional.ofNullable(em.find(ConsentGrant.class, id));
  }

  /** A patient's grants, newest first (a patient holds a handful, so the list is not paged). */
  public List<ConsentGrant> grantsOf(long patientId) {
    return em.createNamedQuery(ConsentGrant.OF_PATIENT, ConsentGrant.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  /** The grants an account holds that are active at {@code now}, ending soonest first. */
  public List<ConsentGrant> activeFor(long accountId, Instant now) {
    return em.createNamedQuery(ConsentGrant.ACTIVE_FOR_GRANTEE, ConsentGrant.class)
        .setParameter("accountId", accountId)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * Whether the account holds an active grant of the patient that opens this category at {@code
   * now}.
   */
  public boolean opens(long accountId, long patientId, ConsentCategory category, Instant now) {
    return activeBetween(accountId, patientId, now).stream()
        .anyMatch(g -> g.opensAt(category, now));
  }

  /**
   * The patient's grants to the account that are active at {@code now} (the caller checks what each
   * lets the account do).
   */
  public List<ConsentGrant> activeBetween(long accountId, long patientId, Instant now) {
    return activeFor(accountId, now).stream()
        .filter(g -> g.getPatient().getId() == patientId)
        .toList();
  }

  public void add(ConsentGrant grant) {
    em.persist(grant);
  }

  public void flush() {
    em.flush();
  }
}
