package health.salus.directory.control;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds the demo people by username, for the features that seed demo data about them. */
@Dependent
public class DemoPeople {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  public Optional<UserAccount> account(String username) {
    return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<Practitioner> practitioner(String username) {
    return account(username)
        .flatMap(
            a ->
                em.createNamedQuery(Practitioner.BY_ACCOUNT, Practitioner.class)
                    .setParameter("accountId", a.getId())
                    .getResultStream()
                    .findFirst());
  }

  public Optional<Patient> patient(String username) {
    return account(username)
        .flatMap(
            a ->
                em.createNamedQuery(Patient.BY_ACCOUNT, Patient.class)
                    .setParameter("accountId", a.getId())
                    .getResultStream()
                    .findFirst());
  }

  /** A demo patient without a portal account, by full name. */
  public Optional<Patient> patientNamed(String fullName) {
    return em.createQuery(
            "SELECT p FROM Patient p WHERE p.account IS NULL AND p.fullName = :name", Patient.class)
        .setParameter("name", fullName)
        .getResultStream()
        .findFirst();
  }
}
