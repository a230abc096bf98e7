package health.salus.identity.boundary;

import health.salus.identity.control.AccountRepository;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/** A patient's portal account, for features that tell or serve a patient who is not the caller. */
@Dependent
public class PatientAccounts {

  @Inject AccountRepository accounts;

  /** The patient's portal account, if they have one. */
  public Optional<UserAccount> accountOf(long patientId) {
    return accounts.patientById(patientId).map(Patient::getAccount);
  }
}
