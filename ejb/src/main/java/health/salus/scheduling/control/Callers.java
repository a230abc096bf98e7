package health.salus.scheduling.control;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.control.AccountRepository;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Resolves the signed-in user to their patient and practitioner records. */
@Dependent
public class Callers {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AccountRepository accounts;

  public Caller of(String username, boolean staff) {
    UserAccount account = accounts.byUsername(username).orElse(null);
    if (account == null) {
      return new Caller(username, staff, null, null);
    }
    Long patientId = accounts.patientOf(account).map(Patient::getId).orElse(null);
    Long practitionerId =
        em.createNamedQuery(Practitioner.BY_ACCOUNT, Practitioner.class)
            .setParameter("accountId", account.getId())
            .getResultStream()
            .findFirst()
            .map(Practitioner::getId)
            .orElse(null);
    return new Caller(account.getUsername(), staff, patientId, practitionerId);
  }
}
